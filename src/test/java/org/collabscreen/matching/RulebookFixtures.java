package org.collabscreen.matching;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.collabscreen.seed.SeedEntries;

/**
 * Entries of the real seed, picked by name or code, shared by the matcher tests: they cannot drift from the seeded
 * rulebook. Tests that need an entry the seed does not have build it with {@link #institution} and its siblings.
 */
final class RulebookFixtures {

    private static final List<InstitutionEntry> SEEDED_INSTITUTIONS = SeedEntries.institutions();
    private static final List<ProgrammeEntry> SEEDED_PROGRAMMES = SeedEntries.programmes();
    private static final List<CategoryEntry> SEEDED_CATEGORIES = SeedEntries.categories();

    static final InstitutionEntry HIT = seededInstitution("Harbin Institute of Technology");
    static final InstitutionEntry HEU = seededInstitution("Harbin Engineering University");
    static final InstitutionEntry CAS = seededInstitution("Chinese Academy of Sciences");
    static final InstitutionEntry CAS_CHEMISTRY =
            seededInstitution("Institute of Chemistry, Chinese Academy of Sciences");
    static final InstitutionEntry USTC = seededInstitution("University of Science and Technology of China");
    static final InstitutionEntry BIT = seededInstitution("Beijing Institute of Technology");
    static final InstitutionEntry MIPT = seededInstitution("Moscow Institute of Physics and Technology");
    static final InstitutionEntry SHARIF = seededInstitution("Sharif University of Technology");

    static final List<InstitutionEntry> INSTITUTIONS = List.of(HIT, HEU, CAS, CAS_CHEMISTRY, USTC, BIT, MIPT, SHARIF);

    static final ProgrammeEntry THOUSAND_TALENTS = seededProgramme("TP-CN-TTP");
    static final ProgrammeEntry YOUNG_THOUSAND_TALENTS = seededProgramme("TP-CN-TTP-YOUTH");
    static final ProgrammeEntry CHANGJIANG = seededProgramme("TP-CN-CJ");
    static final ProgrammeEntry HUNDRED_TALENTS = seededProgramme("TP-CN-HUNDRED");

    static final List<ProgrammeEntry> PROGRAMMES =
            List.of(THOUSAND_TALENTS, YOUNG_THOUSAND_TALENTS, CHANGJIANG, HUNDRED_TALENTS);

    static final CategoryEntry SEMICONDUCTORS = seededCategory("SEMICONDUCTORS");
    static final CategoryEntry FLEXIBLE_ELECTRONICS = seededCategory("FLEXIBLE_ELECTRONICS");
    static final CategoryEntry AI = seededCategory("AI");
    static final CategoryEntry BIOTECH = seededCategory("BIOTECH");
    static final CategoryEntry ADVANCED_COMPUTING = seededCategory("ADV_COMPUTING");

    static final List<CategoryEntry> CATEGORIES =
            List.of(SEMICONDUCTORS, FLEXIBLE_ELECTRONICS, AI, BIOTECH, ADVANCED_COMPUTING);

    private RulebookFixtures() {}

    static InstitutionEntry institution(String name, String country, UUID parentId, String... aliases) {
        return new InstitutionEntry(UUID.nameUUIDFromBytes(name.getBytes()), name, country, parentId, List.of(aliases));
    }

    static ProgrammeEntry programme(String code, String name, String... aliases) {
        return new ProgrammeEntry(UUID.nameUUIDFromBytes(code.getBytes()), code, name, List.of(aliases));
    }

    static CategoryEntry category(String code, String name, String... keywords) {
        return new CategoryEntry(code, name, List.of(keywords));
    }

    private static InstitutionEntry seededInstitution(String name) {
        return only(SEEDED_INSTITUTIONS, InstitutionEntry::name, name);
    }

    private static ProgrammeEntry seededProgramme(String code) {
        return only(SEEDED_PROGRAMMES, ProgrammeEntry::code, code);
    }

    private static CategoryEntry seededCategory(String code) {
        return only(SEEDED_CATEGORIES, CategoryEntry::code, code);
    }

    private static <T> T only(List<T> entries, Function<T, String> key, String wanted) {
        List<T> found = entries.stream()
                .filter(entry -> wanted.equals(key.apply(entry)))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("the seed has " + found.size() + " entries named " + wanted);
        }
        return found.get(0);
    }
}
