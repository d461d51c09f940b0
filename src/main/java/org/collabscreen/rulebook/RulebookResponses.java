package org.collabscreen.rulebook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of the rulebook API. */
final class RulebookResponses {

    private RulebookResponses() {}

    record Summary(int revision, Instant changedAt, Counts counts) {}

    record Counts(
            int institutions, int institutionAliases, int technologyCategories, int talentProgrammes, int countries) {}

    /** @param retired a retired rule no longer matches; it stays readable so past screenings remain explainable */
    record InstitutionEntry(
            UUID id,
            String name,
            List<String> aliases,
            String country,
            UUID parentId,
            List<Listing> listings,
            boolean retired) {

        static InstitutionEntry of(InstitutionRule rule) {
            return of(rule, false);
        }

        static InstitutionEntry of(InstitutionRule rule, boolean retired) {
            return new InstitutionEntry(
                    rule.id(), rule.name(), rule.aliases(), rule.country(), rule.parentId(), rule.listings(), retired);
        }
    }

    record TechnologyCategoryEntry(
            String code,
            String name,
            String parentCode,
            int points,
            List<String> keywords,
            String controlListRefs,
            RuleSource source,
            boolean retired) {

        static TechnologyCategoryEntry of(TechnologyCategoryRule rule) {
            return of(rule, false);
        }

        static TechnologyCategoryEntry of(TechnologyCategoryRule rule, boolean retired) {
            return new TechnologyCategoryEntry(
                    rule.code(),
                    rule.name(),
                    rule.parentCode(),
                    rule.points(),
                    rule.keywords(),
                    rule.controlListRefs(),
                    rule.source(),
                    retired);
        }
    }

    record TalentProgrammeEntry(
            UUID id,
            String code,
            String name,
            List<String> aliases,
            String country,
            UUID parentId,
            RuleSource source,
            boolean retired) {

        static TalentProgrammeEntry of(TalentProgrammeRule rule) {
            return of(rule, false);
        }

        static TalentProgrammeEntry of(TalentProgrammeRule rule, boolean retired) {
            return new TalentProgrammeEntry(
                    rule.id(),
                    rule.code(),
                    rule.name(),
                    rule.aliases(),
                    rule.country(),
                    rule.parentId(),
                    rule.source(),
                    retired);
        }
    }

    /** A country of concern; a retired one is no longer of concern. */
    record CountryEntry(String code, String name, List<CountryRule.Designation> designations, boolean retired) {

        static CountryEntry of(CountryRule rule, boolean retired) {
            return new CountryEntry(rule.code(), rule.name(), rule.designations(), retired);
        }
    }

    record NameMatches(List<NameMatch> matches) {}

    record NameMatch(
            UUID id, String name, String country, double score, String matchedAlias, List<String> transformations) {}

    record CategoryMatches(List<CategoryMatchEntry> matches) {}

    /** A category the text was classified into; {@code sourceItems} are the list items its matched terms come from. */
    record CategoryMatchEntry(
            String code, String name, double score, List<String> matchedTerms, List<String> sourceItems) {}
}
