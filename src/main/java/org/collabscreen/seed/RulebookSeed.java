package org.collabscreen.seed;

import java.util.Collection;
import java.util.List;

/** Builds the whole seed in memory from the CSVs under rulebook-seed/ (no database involved). */
final class RulebookSeed {

    static final String SUMMARY = "Seeded from public lists: US DoD Section 1286 (FY22-FY25), Canada Named Research"
            + " Organizations, ASPI China Defence Universities Tracker, DoD Section 1260H, NDAA named-company"
            + " exclusions, US Entity List (key entries), Canada STRA, US CET 2024, EU 2021/821 Annex I,"
            + " DoD 1286 Table 2 and other talent-programme sources, CHIPS s.10612 countries of concern.";

    private RulebookSeed() {}

    static RulebookSeedData load() {
        List<InstitutionDraft> institutions = InstitutionSeed.load();
        TechnologySeed technology = TechnologySeed.load();
        ProgrammeSeed programmes = ProgrammeSeed.load();
        CountrySeed countries = CountrySeed.load();
        ScreeningRules rules = ScreeningRules.load();
        PolicySeed policy = new PolicySeed(rules);
        return new RulebookSeedData(
                PolicySeed.watchLists(),
                institutions.stream().map(InstitutionDraft::toInstitution).toList(),
                flat(institutions.stream().map(InstitutionDraft::toAliases).toList()),
                flat(institutions.stream().map(InstitutionDraft::toListings).toList()),
                technology.categories(),
                technology.keywords(),
                programmes.programmes(),
                programmes.aliases(),
                countries.countries(),
                countries.designations(),
                ScoringParameters.of(rules),
                policy.combinationRules(),
                policy.mitigations());
    }

    private static <T> List<T> flat(Collection<List<T>> lists) {
        return lists.stream().flatMap(List::stream).toList();
    }
}
