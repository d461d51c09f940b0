package org.collabscreen.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns rows of the DoD 1286, NRO, ASPI, 1260H and NDAA files into source entries with their listing. */
final class ListingSources {

    static final String DOD_1286 = "DOD_1286";
    static final String CA_NRO = "CA_NRO";
    static final String ASPI_TRACKER = "ASPI_TRACKER";
    static final String US_1260H = "US_1260H";
    static final String US_NDAA = "US_NDAA";
    static final String US_ENTITY_LIST = "US_ENTITY_LIST";

    private static final String POINTER = "FY25 entry with matching name/alias:";
    private static final Map<String, String> RATINGS = Map.of("very high", "VERY_HIGH", "high", "HIGH",
            "medium", "MEDIUM", "low", "LOW");

    private ListingSources() {
    }

    static SourceEntry dod1286(CsvRow row) {
        String latest = row.get("on_latest_list");
        int at = latest.indexOf(POINTER);
        String pointer = at < 0 ? null : latest.substring(at + POINTER.length()).strip();
        String status = "yes".equalsIgnoreCase(latest) ? "CURRENT" : "FORMER";
        return entry(row, row.get("name"), null, null, pointer, row.list("aliases"), List.of(),
                listing(row, DOD_1286, status, row.get("fy_lists"), null, row.firstUrl("source_url")));
    }

    static SourceEntry nro(CsvRow row) {
        return entry(row, row.get("name"), null, null, null, row.list("aliases"), List.of(),
                listing(row, CA_NRO, "CURRENT", null, null, row.firstUrl("source_url")));
    }

    static SourceEntry aspi(CsvRow row) {
        String rating = RATINGS.get(row.get("aspi_risk_rating").toLowerCase(Locale.ROOT));
        LocalDate ratingDate = rating == null ? null : SourceText.consulted(row.get("source"));
        InstitutionDraft.Listing listing = new InstitutionDraft.Listing(ASPI_TRACKER, "CURRENT", null, null, rating,
                ratingDate, row.get("name"), SourceText.name(row.get("source")), row.firstUrl("aspi_url"));
        return entry(row, row.get("name"), row.get("native_name"), row.get("aspi_category"), null,
                row.list("aliases"), List.of(), listing);
    }

    static SourceEntry us1260h(CsvRow row) {
        String status = row.get("status").startsWith("listed (in") ? "CURRENT" : "FORMER";
        return entry(row, row.get("name"), null, null, null, row.list("alias"), row.list("previous_name"),
                listing(row, US_1260H, status, row.get("editions"), SourceText.date(row.get("first_listed")),
                        row.firstUrl("source_url")));
    }

    static SourceEntry ndaa(CsvRow row) {
        return entry(row, row.get("name"), null, null, null, row.list("aliases"), List.of(),
                listing(row, US_NDAA, "CURRENT", row.get("program"), SourceText.date(row.get("start_date")),
                        row.firstUrl("source_url")));
    }

    private static InstitutionDraft.Listing listing(CsvRow row, String code, String status, String editions,
                                                    LocalDate listedOn, String url) {
        return new InstitutionDraft.Listing(code, status, editions == null || editions.isBlank() ? null : editions,
                listedOn, null, null, row.get("name"), SourceText.name(row.get("source")), url);
    }

    private static SourceEntry entry(CsvRow row, String name, String nativeName, String category, String pointer,
                                     List<String> aliases, List<String> formerNames,
                                     InstitutionDraft.Listing listing) {
        return new SourceEntry(name, CountryCodes.iso(row.get("country")), blankToNull(nativeName),
                blankToNull(category), pointer, aliases, formerNames, listing);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
