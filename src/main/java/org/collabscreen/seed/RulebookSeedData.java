package org.collabscreen.seed;

import java.util.List;
import java.util.UUID;

/** The seed as in-memory rows, one nested record per kind of row; SeedDocuments turns them into rule documents. */
record RulebookSeedData(
        List<WatchList> watchLists,
        List<Institution> institutions,
        List<Alias> aliases,
        List<InstitutionListing> listings,
        List<Category> categories,
        List<Keyword> keywords,
        List<Programme> programmes,
        List<ProgrammeAlias> programmeAliases,
        List<Country> countries,
        List<CountryDesignation> designations,
        List<Parameter> parameters,
        List<CombinationRule> combinationRules,
        List<Mitigation> mitigations) {

    record WatchList(String code, String name, String authority, String url, String consequence) {}

    record Institution(UUID id, String name, String country, UUID parentId) {}

    record Alias(UUID institutionId, String alias) {}

    record InstitutionListing(
            UUID institutionId,
            String listCode,
            String status,
            String editions,
            String editionDate,
            String rating,
            String nameAsListed,
            String sourceName,
            String sourceUrl) {}

    record Category(
            String code,
            String name,
            String parentCode,
            int points,
            String controlListRefs,
            String sourceName,
            String sourceUrl) {}

    record Keyword(String categoryCode, String keyword) {}

    record Programme(
            UUID id,
            String code,
            String name,
            UUID parentId,
            String country,
            String dod1286Editions,
            String sourceName,
            String sourceUrl) {}

    record ProgrammeAlias(UUID programmeId, String alias) {}

    /** A country of concern. */
    record Country(String code, String name) {}

    record CountryDesignation(String countryCode, String basis, String sourceName, String sourceUrl) {}

    record Parameter(String key, int value, String sourceName, String sourceUrl) {}

    record CombinationRule(
            String code,
            String riskType,
            String requires,
            String raisesTo,
            String description,
            String sourceName,
            String sourceUrl) {}

    record Mitigation(String findingKind, int position, String text, String sourceName, String sourceUrl) {}
}
