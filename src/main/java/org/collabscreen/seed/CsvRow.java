package org.collabscreen.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One row of a seed CSV, with helpers for its list-valued and URL cells. */
record CsvRow(String file, Map<String, String> values) {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*\\|\\s*|;\\s+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s;,)]+");

    /** The trimmed cell, or "" when the column is absent or empty. */
    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }

    /** The cell split on '|' or '; ', without blanks. */
    List<String> list(String column) {
        return split(get(column));
    }

    /** The first http(s) address in the cell, or null. */
    String firstUrl(String column) {
        return firstUrlIn(get(column));
    }

    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(cell.strip()))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String firstUrlIn(String text) {
        Matcher matcher = URL.matcher(text == null ? "" : text);
        return matcher.find() ? matcher.group() : null;
    }
}
