package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.matching.CategoryEntry;
import org.collabscreen.matching.InstitutionEntry;
import org.collabscreen.matching.ProgrammeEntry;

/**
 * The real seed as matching's input types, for tests that must not drift from the seeded rulebook. The only place
 * that knows the seed's data classes on matching's behalf: a change of their shape is adapted here. Aliases and
 * keywords are sorted as the rule documents list them.
 */
public final class SeedEntries {

    private static final RulebookSeedData DATA = RulebookSeed.load();

    private SeedEntries() {}

    public static List<InstitutionEntry> institutions() {
        Map<UUID, List<String>> aliases = new HashMap<>();
        DATA.aliases()
                .forEach(a -> aliases.computeIfAbsent(a.institutionId(), id -> new ArrayList<>())
                        .add(a.alias()));
        return DATA.institutions().stream()
                .map(i -> new InstitutionEntry(
                        i.id(), i.name(), i.country(), i.parentId(), sorted(aliases.getOrDefault(i.id(), List.of()))))
                .toList();
    }

    public static List<ProgrammeEntry> programmes() {
        Map<UUID, List<String>> aliases = new HashMap<>();
        DATA.programmeAliases()
                .forEach(a -> aliases.computeIfAbsent(a.programmeId(), id -> new ArrayList<>())
                        .add(a.alias()));
        return DATA.programmes().stream()
                .map(p ->
                        new ProgrammeEntry(p.id(), p.code(), p.name(), sorted(aliases.getOrDefault(p.id(), List.of()))))
                .toList();
    }

    public static List<CategoryEntry> categories() {
        Map<String, List<String>> keywords = new HashMap<>();
        DATA.keywords()
                .forEach(k -> keywords.computeIfAbsent(k.categoryCode(), code -> new ArrayList<>())
                        .add(k.keyword()));
        return DATA.categories().stream()
                .map(c -> new CategoryEntry(c.code(), c.name(), sorted(keywords.getOrDefault(c.code(), List.of()))))
                .toList();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().distinct().sorted().toList();
    }
}
