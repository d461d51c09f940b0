package org.collabscreen.rulebook;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collabscreen.web.HttpUrl;
import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.PlainText;

/**
 * Parses the CSV of one list edition (parsing by Apache Commons CSV). Columns, in any order, with a header row:
 * {@code name, aliases, country, list, edition, date, url}; aliases are separated by {@code |}.
 */
final class ListEditionCsv {

    static final List<String> COLUMNS = List.of("name", "aliases", "country", "list", "edition", "date", "url");
    static final int MAX_ROWS = 20_000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private ListEditionCsv() {}

    /** One institution as the list edition publishes it. */
    record Row(
            int number,
            String name,
            List<String> aliases,
            String country,
            String list,
            String edition,
            String date,
            String url) {}

    static List<Row> parse(String csv) {
        try (CSVParser parser =
                CSVParser.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), FORMAT)) {
            Set<String> header = Set.copyOf(parser.getHeaderNames());
            COLUMNS.stream()
                    .filter(column -> !header.contains(column))
                    .findFirst()
                    .ifPresent(column -> {
                        throw new InvalidFieldException(
                                "csv", "missing column " + column + "; expected " + String.join(",", COLUMNS));
                    });
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidFieldException("csv", "more than " + MAX_ROWS + " rows");
                }
                rows.add(row(rows.size(), record));
            }
            if (rows.isEmpty()) {
                throw new InvalidFieldException("csv", "no rows");
            }
            String list = rows.get(0).list();
            rows.stream().filter(row -> !row.list().equals(list)).findFirst().ifPresent(row -> {
                throw new InvalidFieldException(
                        field(row.number(), "list"), "one import is one list: expected " + list);
            });
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new InvalidFieldException("csv", "not valid CSV: " + e.getMessage());
        }
    }

    private static Row row(int index, CSVRecord record) {
        if (!record.isConsistent()) {
            throw new InvalidFieldException(
                    field(index, "csv"), "has " + record.size() + " values, the header " + COLUMNS.size());
        }
        COLUMNS.stream()
                .filter(column -> !PlainText.Validator.isPlainText(record.get(column)))
                .findFirst()
                .ifPresent(column -> {
                    throw new InvalidFieldException(field(index, column), PlainText.INVALID);
                });
        String name = required(index, "name", record.get("name"), 300);
        String country = blankToNull(record.get("country"));
        if (country != null && !RuleKeys.isCountryCode(country)) {
            throw new InvalidFieldException(field(index, "country"), "must be an ISO 3166-1 alpha-2 country code");
        }
        String date = blankToNull(record.get("date"));
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(field(index, "date"), "must be a date such as 2025-01-31");
            }
        }
        String url = limited(index, "url", blankToNull(record.get("url")), 2000);
        if (url != null && !HttpUrl.Validator.isHttpUrl(url)) {
            throw new InvalidFieldException(field(index, "url"), HttpUrl.INVALID);
        }
        List<String> aliases = Arrays.stream(record.get("aliases").split("\\|"))
                .map(String::strip)
                .filter(alias -> !alias.isEmpty())
                .distinct()
                .toList();
        if (aliases.size() > 100 || aliases.stream().anyMatch(alias -> alias.length() > 300)) {
            throw new InvalidFieldException(field(index, "aliases"), "at most 100 aliases of at most 300 characters");
        }
        return new Row(
                index,
                name,
                aliases,
                country,
                required(index, "list", record.get("list"), 64),
                limited(index, "edition", blankToNull(record.get("edition")), 200),
                date,
                url);
    }

    private static String required(int index, String column, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field(index, column), "must not be blank");
        }
        return limited(index, column, value.strip(), maxLength);
    }

    private static String limited(int index, String column, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidFieldException(field(index, column), "at most " + maxLength + " characters");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String field(int index, String column) {
        return "rows[" + index + "]." + column;
    }
}
