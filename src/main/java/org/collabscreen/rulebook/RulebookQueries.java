package org.collabscreen.rulebook;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.collabscreen.rulebook.RulebookResponses.CategoryMatchEntry;
import org.collabscreen.rulebook.RulebookResponses.CategoryMatches;
import org.collabscreen.rulebook.RulebookResponses.Counts;
import org.collabscreen.rulebook.RulebookResponses.InstitutionEntry;
import org.collabscreen.rulebook.RulebookResponses.NameMatch;
import org.collabscreen.rulebook.RulebookResponses.NameMatches;
import org.collabscreen.rulebook.RulebookResponses.Summary;
import org.collabscreen.rulebook.RulebookResponses.TalentProgrammeEntry;
import org.collabscreen.rulebook.RulebookResponses.TechnologyCategoryEntry;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.web.PageResponse;
import org.springframework.stereotype.Service;

/** Read-only views of the current rulebook snapshot, and matching against it. */
@Service
class RulebookQueries {

    private static final int MAX_MATCHES = 10;

    private final RulebookSnapshots snapshots;

    RulebookQueries(RulebookSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    Summary summary() {
        RulebookSnapshot rulebook = snapshots.current();
        int aliases = rulebook.institutions().stream()
                .mapToInt(institution -> institution.aliases().size())
                .sum();
        return new Summary(
                rulebook.revision(),
                rulebook.changedAt(),
                new Counts(
                        rulebook.institutions().size(),
                        aliases,
                        rulebook.technologyCategories().size(),
                        rulebook.talentProgrammes().size(),
                        rulebook.countries().size()));
    }

    PageResponse<InstitutionEntry> institutions(String country, String q, int page, int size) {
        String needle = q == null ? null : q.strip().toLowerCase(Locale.ROOT);
        List<InstitutionEntry> found = snapshots.current().institutions().stream()
                .filter(institution -> country == null || country.equals(institution.country()))
                .filter(institution -> needle == null || mentions(institution, needle))
                .map(InstitutionEntry::of)
                .toList();
        return PageResponse.of(found, page, size);
    }

    NameMatches matchInstitutions(String name, String country) {
        return new NameMatches(snapshots.current().matchInstitutions(name, country, MAX_MATCHES).stream()
                .map(match -> new NameMatch(
                        match.institution().id(),
                        match.institution().name(),
                        match.institution().country(),
                        rounded(match.score()),
                        match.matchedAlias(),
                        match.transformations()))
                .toList());
    }

    List<TechnologyCategoryEntry> technologyCategories() {
        return snapshots.current().technologyCategories().stream()
                .map(TechnologyCategoryEntry::of)
                .toList();
    }

    /** The categories at or above the policy's minimum technology confidence, as screening counts them. */
    CategoryMatches classify(String text) {
        RulebookSnapshot rulebook = snapshots.current();
        double minConfidence = rulebook.policy().value(PolicyKey.MIN_TECHNOLOGY_CONFIDENCE) / 100.0;
        return new CategoryMatches(rulebook.classify(text).stream()
                .filter(match -> match.score() >= minConfidence)
                .sorted(Comparator.comparingDouble(CategoryMatch::score)
                        .reversed()
                        .thenComparing(match -> match.category().code()))
                .map(match -> new CategoryMatchEntry(
                        match.category().code(),
                        match.category().name(),
                        rounded(match.score()),
                        match.matchedTerms(),
                        match.sourceItems()))
                .toList());
    }

    List<TalentProgrammeEntry> talentProgrammes() {
        return snapshots.current().talentProgrammes().stream()
                .map(TalentProgrammeEntry::of)
                .toList();
    }

    NameMatches matchProgrammes(String name) {
        return new NameMatches(snapshots.current().matchProgrammes(name, MAX_MATCHES).stream()
                .map(match -> new NameMatch(
                        match.programme().id(),
                        match.programme().name(),
                        match.programme().country(),
                        rounded(match.score()),
                        match.matchedAlias(),
                        match.transformations()))
                .toList());
    }

    List<CountryRule> countries() {
        return snapshots.current().countries().stream()
                .sorted(Comparator.comparing(CountryRule::code))
                .toList();
    }

    private static boolean mentions(InstitutionRule institution, String needle) {
        return institution.name().toLowerCase(Locale.ROOT).contains(needle)
                || institution.aliases().stream()
                        .anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static double rounded(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
