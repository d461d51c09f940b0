package org.collabscreen.seed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The date of each list edition the seed cites (rulebook-seed/list_editions.csv, each with its basis). */
final class ListEditions {

    static final String FILE = "list_editions.csv";

    private static final Map<String, Map<String, String>> DATES = CsvTable.read(FILE).stream()
            .collect(Collectors.groupingBy(
                    row -> row.get("list_code"),
                    Collectors.toMap(row -> row.get("edition"), row -> row.get("edition_date"))));

    private ListEditions() {}

    /** The date of an edition of a list; fails naming the list and the row that cites it when there is none. */
    static String date(String listCode, String edition, CsvRow row) {
        String date = DATES.getOrDefault(listCode, Map.of()).get(edition);
        if (date == null || date.isBlank()) {
            throw new MissingProvenanceException(
                    listCode, row, "no date for its edition '" + edition + "' in " + CsvTable.FOLDER + FILE);
        }
        return date;
    }

    /** The one edition of a list the seed has, e.g. the NRO list as published in January 2024. */
    static String onlyEdition(String listCode, CsvRow row) {
        List<String> editions =
                List.copyOf(DATES.getOrDefault(listCode, Map.of()).keySet());
        if (editions.size() != 1) {
            throw new MissingProvenanceException(
                    listCode, row, "expected exactly one edition in " + CsvTable.FOLDER + FILE + ", found " + editions);
        }
        return editions.get(0);
    }
}
