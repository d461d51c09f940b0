package org.collabscreen.rulebook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of the rulebook API. */
final class RulebookResponses {

    private RulebookResponses() {
    }

    record Summary(int revision, Instant changedAt, Counts counts) {
    }

    record Counts(int institutions, int institutionAliases, int technologyCategories, int talentProgrammes,
                  int countries) {
    }

    record InstitutionEntry(UUID id, String name, List<String> aliases, String country, UUID parentId,
                            List<Listing> listings) {

        static InstitutionEntry of(InstitutionRule rule) {
            return new InstitutionEntry(rule.id(), rule.name(), rule.aliases(), rule.country(), rule.parentId(),
                    rule.listings());
        }
    }

    record TechnologyCategoryEntry(String code, String name, String parentCode, int points, List<String> keywords,
                                   String controlListRefs, RuleSource source) {

        static TechnologyCategoryEntry of(TechnologyCategoryRule rule) {
            return new TechnologyCategoryEntry(rule.code(), rule.name(), rule.parentCode(), rule.points(),
                    rule.keywords(), rule.controlListRefs(), rule.source());
        }
    }

    record TalentProgrammeEntry(UUID id, String code, String name, List<String> aliases, String country,
                                UUID parentId, RuleSource source) {

        static TalentProgrammeEntry of(TalentProgrammeRule rule) {
            return new TalentProgrammeEntry(rule.id(), rule.code(), rule.name(), rule.aliases(), rule.country(),
                    rule.parentId(), rule.source());
        }
    }

    record NameMatches(List<NameMatch> matches) {
    }

    record NameMatch(UUID id, String name, String country, double score, String matchedAlias,
                     List<String> transformations) {
    }

    record CategoryMatches(List<CategoryMatchEntry> matches) {
    }

    record CategoryMatchEntry(String code, String name, double score, List<String> matchedTerms) {
    }
}
