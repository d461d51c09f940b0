package org.collabscreen.seed;

import java.util.List;

import org.collabscreen.matching.CategoryEntry;
import org.collabscreen.matching.InstitutionEntry;
import org.collabscreen.matching.ProgrammeEntry;

/**
 * The seeded rulebook as matching's input types, for matcher tests that must not drift from what runs: the rules
 * {@link SeedRulebook} reads, turned into entries the way RulebookSnapshot turns them when it builds its matchers.
 */
public final class SeedEntries {

    private SeedEntries() {}

    public static List<InstitutionEntry> institutions() {
        return SeedRulebook.snapshot().institutions().stream()
                .map(rule ->
                        new InstitutionEntry(rule.id(), rule.name(), rule.country(), rule.parentId(), rule.aliases()))
                .toList();
    }

    public static List<ProgrammeEntry> programmes() {
        return SeedRulebook.snapshot().talentProgrammes().stream()
                .map(rule -> new ProgrammeEntry(rule.id(), rule.code(), rule.name(), rule.aliases()))
                .toList();
    }

    public static List<CategoryEntry> categories() {
        return SeedRulebook.snapshot().technologyCategories().stream()
                .map(rule -> new CategoryEntry(rule.code(), rule.name(), rule.keywords()))
                .toList();
    }
}
