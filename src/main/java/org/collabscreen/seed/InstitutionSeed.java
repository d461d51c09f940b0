package org.collabscreen.seed;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.collabscreen.matching.Acronyms;

/** Merges the institution lists into de-duplicated institutions with aliases, listings and parents. */
final class InstitutionSeed {

    private static final String KEY_FILE = "key_institutions_aliases.csv";
    private static final String US_1260H_FILE = "us_1260h_chinese_military_companies.csv";

    private static final List<String> RUSSIAN_HINTS = List.of(
            "russia",
            "moscow",
            "siberian",
            "kurchatov",
            "ural",
            "lomonosov",
            "keldysh",
            "lebedev",
            "baranov",
            "chaplygin",
            "sssr",
            "rzhanov");
    private static final List<String> POINTER_COUNTRIES = List.of("CN", "RU", "IR");

    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^()]*\\)$");

    private final InstitutionIndex index = new InstitutionIndex();

    /** Reads every institution file from the classpath and merges them. */
    static List<InstitutionDraft> load() {
        InstitutionSeed seed = new InstitutionSeed();
        seed.crossref(CsvTable.read("institutions_crossref.csv"));
        List<CsvRow> key = CsvTable.read(KEY_FILE);
        seed.keyInstitutions(key);
        List<CsvRow> dod = CsvTable.read("dod_1286_institutions.csv").stream()
                .sorted(Comparator.comparing(r -> !"yes".equals(r.get("on_latest_list"))))
                .toList();
        seed.attachAll(dod, ListingSources::dod1286);
        seed.attachAll(CsvTable.read("canada_nro.csv"), ListingSources::nro);
        seed.attachAll(CsvTable.read("aspi_unitracker_institutions.csv"), ListingSources::aspi);
        List<CsvRow> companies = CsvTable.read(US_1260H_FILE);
        seed.attachAll(companies, ListingSources::us1260h);
        seed.attachAll(CsvTable.read("us_ndaa_named_company_exclusions.csv"), ListingSources::ndaa);
        InstitutionLinks links = new InstitutionLinks(seed.index);
        links.keyParentsAndUnits(key);
        links.companyParents(companies);
        links.academies();
        return seed.index.all();
    }

    private void crossref(List<CsvRow> rows) {
        for (CsvRow row : rows) {
            InstitutionDraft draft = index.create(row.get("canonical_name"), CountryCodes.iso(row.get("country")));
            row.list("all_names_and_aliases").forEach(alias -> index.alias(draft, alias));
        }
    }

    private void keyInstitutions(List<CsvRow> rows) {
        for (CsvRow row : rows) {
            String country = CountryCodes.iso(row.get("country"));
            InstitutionDraft draft = findAny(country, row.get("canonical_name"), row.list("aliases"));
            if (draft == null) {
                draft = index.create(row.get("canonical_name"), country);
            }
            index.alias(draft, row.get("canonical_name"));
            for (String alias : row.list("aliases")) {
                index.alias(draft, alias);
            }
            if (row.get("source").contains("US Entity List")) {
                draft.addListing(ListingSources.entityList(row));
            }
        }
    }

    private void attachAll(List<CsvRow> rows, Function<CsvRow, SourceEntry> toEntry) {
        rows.stream().map(toEntry).forEach(this::attach);
    }

    private void attach(SourceEntry entry) {
        String country = entry.country() != null ? entry.country() : countryOf(entry);
        InstitutionDraft draft = entry.pointer() == null ? null : index.find(country, entry.pointer());
        boolean oldName = draft != null && !NameKey.of(draft.name()).equals(NameKey.of(entry.name()));
        if (draft == null) {
            draft = findAny(country, entry.name(), entry.aliases());
        }
        String bare = TRAILING_NOTE.matcher(entry.name()).replaceAll("");
        if (draft == null && !bare.equals(entry.name())) {
            draft = index.find(country, bare);
        }
        if (draft == null) {
            draft = index.create(entry.name(), country);
        }
        index.alias(draft, entry.name());
        for (String alias : entry.aliases()) {
            index.alias(draft, alias);
        }
        if (!bare.equals(entry.name())) {
            index.alias(draft, bare);
            String note = entry.name().substring(bare.length()).replaceAll("^\\s*\\(|\\)$", "");
            if (Acronyms.isAcronym(note)) {
                index.alias(draft, note);
            }
        }
        for (String former : entry.formerNames()) {
            index.alias(draft, former);
        }
        index.alias(draft, entry.nativeName());
        draft.addListing(entry.listing());
    }

    private InstitutionDraft findAny(String country, String name, List<String> aliases) {
        InstitutionDraft draft = index.find(country, name);
        for (int i = 0; draft == null && i < aliases.size(); i++) {
            draft = index.find(country, aliases.get(i));
        }
        return draft;
    }

    /** Country of a row published without one: that of the entry it points to, else a hint from its names. */
    private String countryOf(SourceEntry entry) {
        if (entry.pointer() != null) {
            for (String country : POINTER_COUNTRIES) {
                if (index.find(country, entry.pointer()) != null) {
                    return country;
                }
            }
        }
        String names = NameKey.of(entry.name() + " " + String.join(" ", entry.aliases()));
        if (names.contains("mabna")) {
            return "IR";
        }
        return RUSSIAN_HINTS.stream().anyMatch(names::contains) ? "RU" : "CN";
    }
}
