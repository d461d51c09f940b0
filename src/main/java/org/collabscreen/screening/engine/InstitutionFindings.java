package org.collabscreen.screening.engine;

import java.util.List;

import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.ScoringPolicy;
import org.collabscreen.screening.Finding;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.vocabulary.RiskType;

/** Turns a resolved organisation name (partner, affiliation or funder) into a listing or parent finding. */
final class InstitutionFindings {

    private static final int MAX_SUB_UNITS_NAMED = 3;

    private final RulebookSnapshot rulebook;
    private final ScoringPolicy policy;

    InstitutionFindings(RulebookSnapshot rulebook) {
        this.rulebook = rulebook;
        this.policy = rulebook.policy();
    }

    /**
     * @param listedKind the kind a listing finding gets: LISTED_INSTITUTION, or FUNDING_SOURCE for funders
     * @param percent    share of the listing points this role carries
     */
    void collect(
            String field, String name, String country, FindingKind listedKind, int percent, Evaluation evaluation) {
        if (name == null || name.isBlank()) {
            return;
        }
        rulebook.resolveInstitution(name, country)
                .ifPresent(match -> rulebook.listedSelfOrAncestor(match.institution())
                        .ifPresentOrElse(
                                listed ->
                                        addListed(field, name, country, match, listed, listedKind, percent, evaluation),
                                () -> addParentOfListed(field, name, match, percent, evaluation)));
    }

    /** Says so when the rulebook places the institution in another country than the proposal does. */
    private static String countryConflict(InstitutionRule institution, String declaredCountry) {
        return declaredCountry == null
                        || institution.country() == null
                        || institution.country().equals(declaredCountry)
                ? ""
                : " (listed in " + institution.country() + "; the proposal says " + declaredCountry + ")";
    }

    private void addListed(
            String field,
            String name,
            String country,
            InstitutionMatch match,
            InstitutionRule listed,
            FindingKind kind,
            int percent,
            Evaluation evaluation) {
        int listingPoints =
                listed.listings().stream().mapToInt(this::points).max().orElse(0);
        int points = (int) Math.round(listingPoints * match.score() * percent / 100.0);
        String title = listed.equals(match.institution())
                ? listed.name()
                : match.institution().name() + " (part of listed " + listed.name() + ")";
        evaluation.add(new Finding(
                RiskType.DUAL_USE,
                kind,
                "institution/" + listed.id(),
                title + " — " + listNames(listed.listings()) + countryConflict(match.institution(), country),
                points,
                field,
                TechnologyFindings.evidence(name),
                match.matchedAlias(),
                Sources.rounded(match.score()),
                Sources.of(listed.listings().stream().map(Listing::source).toList()),
                match.transformations()));
        if (listingPoints >= policy.value(PolicyKey.DESIGNATED_LISTING_MIN)) {
            evaluation.addFactor(CombinationFactor.DESIGNATED_INSTITUTION);
        }
    }

    private void addParentOfListed(
            String field, String name, InstitutionMatch match, int percent, Evaluation evaluation) {
        InstitutionRule parent = match.institution();
        List<InstitutionRule> units = rulebook.listedSubUnits(parent.id());
        if (units.isEmpty()) {
            return;
        }
        int points = (int) Math.round(policy.value(PolicyKey.PARENT_OF_LISTED) * match.score() * percent / 100.0);
        String examples = String.join(
                "; ",
                units.stream()
                        .limit(MAX_SUB_UNITS_NAMED)
                        .map(InstitutionRule::name)
                        .toList());
        evaluation.add(new Finding(
                RiskType.DUAL_USE,
                FindingKind.PARENT_OF_LISTED_INSTITUTION,
                "institution/" + parent.id(),
                parent.name() + " — parent of " + units.size() + " listed sub-unit(s), e.g. " + examples,
                points,
                field,
                TechnologyFindings.evidence(name),
                match.matchedAlias(),
                Sources.rounded(match.score()),
                Sources.of(units.stream()
                        .flatMap(unit -> unit.listings().stream())
                        .map(Listing::source)
                        .toList()),
                match.transformations()));
    }

    int points(Listing listing) {
        return listing.current()
                ? policy.valueOrZero(PolicyKey.listing(listing.listCode(), listing.rating()))
                : policy.valueOrZero(PolicyKey.LISTING_FORMER.name());
    }

    private static String listNames(List<Listing> listings) {
        return String.join(
                ", ",
                listings.stream()
                        .map(listing -> listing.current() ? listing.listName() : listing.listName() + " (former)")
                        .distinct()
                        .toList());
    }
}
