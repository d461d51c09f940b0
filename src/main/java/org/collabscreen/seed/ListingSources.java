package org.collabscreen.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns rows of the DoD 1286, NRO, ASPI, 1260H and NDAA files into source entries with their listing. */
final class ListingSources {

    static final String DOD_1286 = "DOD_1286";
    static final String CA_NRO = "CA_NRO";
    static final String ASPI_TRACKER = "ASPI_TRACKER";
    static final String US_1260H = "US_1260H";
    static final String US_NDAA = "US_NDAA";
    static final String US_ENTITY_LIST = "US_ENTITY_LIST";

    private static final String POINTER = "FY25 entry with matching name/alias:";
    private static final Pattern ASPI_COPY = Pattern.compile("Tracker \\((\\d{4}), MISP galaxy copy");
    private static final Pattern URLS = Pattern.compile("https?://[^\\s;,)]+");
    private static final Pattern TRANSCRIPTION =
            Pattern.compile("transcription[^;]*? ([\\w.-]+/[\\w.-]+)@([0-9a-f]{40}) ([^\\s,;)]+)");
    private static final DateTimeFormatter PATH_MONTH = DateTimeFormatter.ofPattern("yyyy/MMM", Locale.ENGLISH);
    private static final Map<String, String> RATINGS =
            Map.of("very high", "VERY_HIGH", "high", "HIGH", "medium", "MEDIUM", "low", "LOW");

    private ListingSources() {}

    static SourceEntry dod1286(CsvRow row) {
        String latest = row.get("on_latest_list");
        int at = latest.indexOf(POINTER);
        String pointer = at < 0 ? null : latest.substring(at + POINTER.length()).strip();
        String status = "yes".equalsIgnoreCase(latest) ? "CURRENT" : "FORMER";
        return entry(
                row,
                row.get("name"),
                null,
                pointer,
                row.list("aliases"),
                List.of(),
                listing(
                        row,
                        DOD_1286,
                        status,
                        row.get("fy_lists"),
                        ListEditions.date(DOD_1286, row.get("latest_fy"), row),
                        null,
                        row.firstUrl("source_url")));
    }

    static SourceEntry nro(CsvRow row) {
        String edition = ListEditions.onlyEdition(CA_NRO, row);
        return entry(
                row,
                row.get("name"),
                null,
                null,
                row.list("aliases"),
                List.of(),
                listing(
                        row,
                        CA_NRO,
                        "CURRENT",
                        edition,
                        ListEditions.date(CA_NRO, edition, row),
                        null,
                        row.firstUrl("source_url")));
    }

    /** The 2019 tracker as copied, or the tracker page as read on a date when a rating (or the entry) was read there. */
    static SourceEntry aspi(CsvRow row) {
        String rating = RATINGS.get(row.get("aspi_risk_rating").toLowerCase(Locale.ROOT));
        String source = row.get("source");
        Matcher copy = ASPI_COPY.matcher(source);
        YearMonth consulted = SourceText.consultedMonth(source);
        String edition = rating == null && copy.find()
                ? copy.group(1)
                : consulted == null ? null : "tracker page consulted " + consulted;
        if (edition == null) {
            throw new MissingProvenanceException(
                    ASPI_TRACKER,
                    row,
                    "its source names neither the tracker copy's year nor the month the page was consulted");
        }
        return entry(
                row,
                row.get("name"),
                row.get("native_name"),
                null,
                row.list("aliases"),
                List.of(),
                listing(
                        row,
                        ASPI_TRACKER,
                        "CURRENT",
                        edition,
                        ListEditions.date(ASPI_TRACKER, edition, row),
                        rating,
                        row.firstUrl("aspi_url")));
    }

    /** Editions are publication dates; the membership cites its latest one. */
    static SourceEntry us1260h(CsvRow row) {
        String status = row.get("status").startsWith("listed (in") ? "CURRENT" : "FORMER";
        String latest = row.list("editions").stream().max(String::compareTo).orElse(null);
        if (latest == null || SourceText.date(latest) == null) {
            throw new MissingProvenanceException(US_1260H, row, "no edition date in column 'editions'");
        }
        return entry(
                row,
                row.get("name"),
                null,
                null,
                row.list("alias"),
                row.list("previous_name"),
                listing(row, US_1260H, status, row.get("editions"), latest, null, editionUrl(row, latest)));
    }

    static SourceEntry ndaa(CsvRow row) {
        return entry(
                row,
                row.get("name"),
                null,
                null,
                row.list("aliases"),
                List.of(),
                listing(
                        row,
                        US_NDAA,
                        "CURRENT",
                        row.get("program"),
                        ListEditions.date(US_NDAA, row.get("program"), row),
                        null,
                        row.firstUrl("source_url")));
    }

    /** The US Entity List entry named in key_institutions_aliases.csv. */
    static InstitutionDraft.Listing entityList(CsvRow row) {
        String edition = ListEditions.onlyEdition(US_ENTITY_LIST, row);
        return listing(
                row,
                US_ENTITY_LIST,
                "CURRENT",
                edition,
                ListEditions.date(US_ENTITY_LIST, edition, row),
                null,
                PolicySeed.ENTITY_LIST_URL,
                row.get("canonical_name"));
    }

    /**
     * The edition's own PDF when the row gives it (its path carries the date, e.g. /2026/Jun/08/), else the
     * transcription the row was taken from.
     */
    private static String editionUrl(CsvRow row, String edition) {
        String path = YearMonth.from(LocalDate.parse(edition)).format(PATH_MONTH) + "/" + edition.substring(8) + "/";
        for (String url : URLS.matcher(row.get("source_url"))
                .results()
                .map(MatchResult::group)
                .toList()) {
            if (url.contains(path)) {
                return url;
            }
        }
        Matcher transcription = TRANSCRIPTION.matcher(row.get("source"));
        return transcription.find()
                ? "https://github.com/" + transcription.group(1) + "/blob/" + transcription.group(2) + "/"
                        + transcription.group(3)
                : null;
    }

    private static InstitutionDraft.Listing listing(
            CsvRow row, String code, String status, String editions, String editionDate, String rating, String url) {
        return listing(row, code, status, editions, editionDate, rating, url, row.get("name"));
    }

    private static InstitutionDraft.Listing listing(
            CsvRow row,
            String code,
            String status,
            String editions,
            String editionDate,
            String rating,
            String url,
            String nameAsListed) {
        if (url == null) {
            throw new MissingProvenanceException(code, row, "no source URL");
        }
        if (editions == null || editions.isBlank()) {
            throw new MissingProvenanceException(code, row, "no list edition");
        }
        return new InstitutionDraft.Listing(
                code,
                status,
                editions.strip(),
                editionDate,
                rating,
                nameAsListed,
                SourceText.name(row.get("source")),
                url);
    }

    private static SourceEntry entry(
            CsvRow row,
            String name,
            String nativeName,
            String pointer,
            List<String> aliases,
            List<String> formerNames,
            InstitutionDraft.Listing listing) {
        return new SourceEntry(
                name,
                CountryCodes.iso(row.get("country")),
                blankToNull(nativeName),
                pointer,
                aliases,
                formerNames,
                listing);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
