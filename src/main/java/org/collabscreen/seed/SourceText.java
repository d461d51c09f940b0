package org.collabscreen.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortens a CSV `source` cell to the publication name and reads dates out of it. */
final class SourceText {

    private static final int MAX = 120;
    private static final List<String> PROVENANCE = List.of(" as captured", " transcription", " copy ");
    private static final Pattern CONSULTED = Pattern.compile("consulted (\\d{4}-\\d{2})(-\\d{2})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private SourceText() {}

    /** The publication name: first non-URL segment, without transcription provenance, at most ~120 characters. */
    static String name(String source) {
        String text = firstSegment(source == null ? "" : source.strip())
                .replaceAll("\\s*https?://\\S+", "")
                .strip();
        if (text.length() > MAX) {
            text = cutAtTopLevel(text, PROVENANCE);
        }
        while (text.length() > MAX && lastTopLevel(text, " (") > 10) {
            text = text.substring(0, lastTopLevel(text, " (")).strip();
        }
        if (text.length() > MAX) {
            text = text.substring(0, text.lastIndexOf(' ', MAX - 1)) + "…";
        }
        return text.replaceAll("[,;:(\\s]+$", "");
    }

    /** The "consulted YYYY-MM[-DD]" date of a source (first of the month when no day is given), or null. */
    static LocalDate consulted(String source) {
        Matcher matcher = CONSULTED.matcher(source == null ? "" : source);
        if (!matcher.find()) {
            return null;
        }
        return LocalDate.parse(matcher.group(1) + (matcher.group(2) == null ? "-01" : matcher.group(2)));
    }

    /** The "consulted YYYY-MM[-DD]" month of a source, or null. */
    static YearMonth consultedMonth(String source) {
        Matcher matcher = CONSULTED.matcher(source == null ? "" : source);
        return matcher.find() ? YearMonth.parse(matcher.group(1)) : null;
    }

    /** The cell as a date when it is an ISO date, else null. */
    static LocalDate date(String cell) {
        return cell != null && ISO_DATE.matcher(cell.strip()).matches() ? LocalDate.parse(cell.strip()) : null;
    }

    private static String firstSegment(String text) {
        for (String segment : topLevelSegments(text)) {
            if (!segment.isBlank() && !segment.strip().matches("https?://\\S+")) {
                return segment.strip();
            }
        }
        return text;
    }

    private static List<String> topLevelSegments(String text) {
        List<String> segments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && text.startsWith("; ", i)) {
                segments.add(text.substring(start, i));
                start = i + 2;
            }
        }
        segments.add(text.substring(start));
        return segments;
    }

    private static String cutAtTopLevel(String text, List<String> markers) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            for (String marker : markers) {
                if (depth == 0 && i > 10 && text.startsWith(marker, i)) {
                    return text.substring(0, i).strip();
                }
            }
        }
        return text;
    }

    private static int lastTopLevel(String text, String marker) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (depth == 0 && text.startsWith(marker, i)) {
                last = i;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return last;
    }
}
