package org.collabscreen.seed;

import java.util.List;

import org.collabscreen.matching.CategoryEntry;
import org.collabscreen.matching.InstitutionEntry;
import org.collabscreen.matching.ProgrammeEntry;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.TalentProgrammeRule;
import org.collabscreen.rulebook.TechnologyCategoryRule;

/**
 * The seeded rulebook as matching's input types, for matcher tests that must not drift from what runs: the rules
 * {@link SeedRulebook} reads, turned into entries as RulebookSnapshot turns them when it builds its matchers.
 */
public final class SeedEntries {

    private SeedEntries() {}

    public static List<InstitutionEntry> institutions() {
        return SeedRulebook.snapshot().institutions().stream()
                .map(InstitutionRule::toEntry)
                .toList();
    }

    public static List<ProgrammeEntry> programmes() {
        return SeedRulebook.snapshot().talentProgrammes().stream()
                .map(TalentProgrammeRule::toEntry)
                .toList();
    }

    public static List<CategoryEntry> categories() {
        return SeedRulebook.snapshot().technologyCategories().stream()
                .map(TechnologyCategoryRule::toEntry)
                .toList();
    }
}
