package org.collabscreen.screening.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

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
        int listingPoints = listingPoints(listed.listings());
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
                Sources.ofListings(listed.listings()),
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
        StringJoiner examples = new StringJoiner("; ");
        for (int i = 0; i < units.size() && i < MAX_SUB_UNITS_NAMED; i++) {
            examples.add(units.get(i).name());
        }
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
                Sources.ofUnits(units),
                match.transformations()));
    }

    /** The points of the strongest listing; 0 when there is none. */
    private int listingPoints(List<Listing> listings) {
        int max = 0;
        for (int i = 0; i < listings.size(); i++) {
            max = i == 0 ? points(listings.get(i)) : Math.max(max, points(listings.get(i)));
        }
        return max;
    }

    int points(Listing listing) {
        return listing.current()
                ? policy.valueOrZero(PolicyKey.listing(listing.listCode(), listing.rating()))
                : policy.valueOrZero(PolicyKey.LISTING_FORMER.name());
    }

    private static String listNames(List<Listing> listings) {
        Set<String> names = new LinkedHashSet<>();
        for (Listing listing : listings) {
            names.add(listing.current() ? listing.listName() : listing.listName() + " (former)");
        }
        return String.join(", ", names);
    }
}
