package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Talent programmes from both programme files, merged by name or alias, with their aliases. */
final class ProgrammeSeed {

    /** Notes such as "(2019 rebrand)" or "(weak evidence; …)"; a capitalised "(Yangtze River)" is part of a name. */
    private static final Pattern NOTE = Pattern.compile("\\s*\\((?=[\\p{Ll}\\d])[^)]*\\)");

    private final Map<String, Draft> byCode = new LinkedHashMap<>();
    private final Map<String, Draft> byKey = new LinkedHashMap<>();

    private static final class Draft {
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private RulebookSeedData.Programme programme;

        Draft(RulebookSeedData.Programme programme) {
            this.programme = programme;
        }
    }

    /** Reads both programme files. */
    static ProgrammeSeed load() {
        ProgrammeSeed seed = new ProgrammeSeed();
        List<CsvRow> main = CsvTable.read("talent_programmes.csv");
        main.forEach(seed::addMain);
        main.forEach(seed::linkParent);
        CsvTable.read("talent_programmes_more.csv").forEach(seed::addMore);
        return seed;
    }

    List<RulebookSeedData.Programme> programmes() {
        return byCode.values().stream().map(d -> d.programme).toList();
    }

    List<RulebookSeedData.ProgrammeAlias> aliases() {
        List<RulebookSeedData.ProgrammeAlias> rows = new ArrayList<>();
        byCode.values()
                .forEach(d -> d.aliases
                        .values()
                        .forEach(alias -> rows.add(new RulebookSeedData.ProgrammeAlias(d.programme.id(), alias))));
        return rows;
    }

    private void addMain(CsvRow row) {
        String code = row.get("program_id");
        String table2 = row.get("dod_1286_table2");
        Draft draft = register(new RulebookSeedData.Programme(
                SeedId.of("programme", code),
                code,
                row.get("name"),
                null,
                CountryCodes.iso(row.get("country")),
                table2.startsWith("FY") ? table2 : null,
                SourceText.name(row.get("source")),
                row.firstUrl("source_url")));
        CsvRow.split(stripNotes(row.get("aliases"))).forEach(alias -> alias(draft, alias));
        CsvRow.split(stripNotes(row.get("native_names"))).forEach(alias -> alias(draft, alias));
    }

    private void linkParent(CsvRow row) {
        Draft parent = byCode.get(row.get("parent_program"));
        if (parent != null) {
            Draft draft = byCode.get(row.get("program_id"));
            RulebookSeedData.Programme p = draft.programme;
            draft.programme = new RulebookSeedData.Programme(
                    p.id(),
                    p.code(),
                    p.name(),
                    parent.programme.id(),
                    p.country(),
                    p.dod1286Editions(),
                    p.sourceName(),
                    p.sourceUrl());
        }
    }

    private void addMore(CsvRow row) {
        String name = row.get("canonical_name");
        Draft draft = byKey.get(NameKey.of(name));
        for (int i = 0; draft == null && i < row.list("aliases").size(); i++) {
            draft = byKey.get(NameKey.of(stripNotes(row.list("aliases").get(i))));
        }
        if (draft == null) {
            String code = "TP-" + NameKey.of(name).toUpperCase(Locale.ROOT).replace(' ', '-');
            String country = row.list("aliases").stream().anyMatch(NameForms::hasNonLatinLetters) ? "CN" : null;
            draft = register(new RulebookSeedData.Programme(
                    SeedId.of("programme", code),
                    code,
                    name,
                    null,
                    country,
                    null,
                    SourceText.name(row.get("source")),
                    row.firstUrl("source")));
        }
        alias(draft, name);
        Draft target = draft;
        row.list("aliases").forEach(alias -> alias(target, alias));
    }

    private Draft register(RulebookSeedData.Programme programme) {
        Draft draft = new Draft(programme);
        byCode.put(programme.code(), draft);
        byKey.putIfAbsent(NameKey.of(programme.name()), draft);
        return draft;
    }

    private void alias(Draft draft, String raw) {
        String alias = stripNotes(raw);
        if (alias.isEmpty() || alias.equalsIgnoreCase(draft.programme.name())) {
            return;
        }
        draft.aliases.putIfAbsent(alias.toLowerCase(Locale.ROOT), alias);
        byKey.putIfAbsent(NameKey.of(alias), draft);
    }

    private static String stripNotes(String text) {
        return NOTE.matcher(text).replaceAll("").strip();
    }
}
