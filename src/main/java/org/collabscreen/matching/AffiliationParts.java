package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of an affiliation string worth matching on their own: "School of X, Harbin Institute of Technology,
 * Harbin 150001" gives its segments and each pair of neighbouring segments ("Institute of Chemistry, Chinese Academy
 * of Sciences"); department lines and postcodes are dropped, as they never name an organisation.
 *
 * <p>Every segment counts, however many there are: a name after the eighth comma is still a name. The number of
 * searches grows with the input's length and no faster, as each distinct segment is searched once on its own and in at
 * most two pairs; the API caps an affiliation at 300 characters, so at most 150 segments.
 */
final class AffiliationParts {

    private static final Set<String> DEPARTMENT_WORDS = Set.of("department", "dept", "faculty", "division");

    private AffiliationParts() {}

    /**
     * The comma-, semicolon-, bracket-, spaced-dash- or spaced-slash-separated segments of the input, as written (Han,
     * full-width and Arabic commas too).
     */
    static List<String> segments(String input) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length(); i++) {
            if (i == input.length()
                    || isSeparator(input.charAt(i))
                    || isSpaceBetweenHan(input, i)
                    || isSpacedSeparator(input, i)) {
                String segment = input.substring(start, i).strip();
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
                start = i + 1;
            }
        }
        return segments;
    }

    /** Segments and neighbouring pairs that could name an organisation, normalised; empty for a one-part input. */
    static List<String> parts(List<String> segments) {
        return segments.size() < 2 ? List.of() : partsOfNormalised(normalised(segments));
    }

    /** Each segment normalised ({@link NameNormaliser#normalise}). */
    static List<String> normalised(List<String> segments) {
        List<String> normalised = new ArrayList<>(segments.size());
        segments.forEach(segment -> normalised.add(NameNormaliser.normalise(segment)));
        return normalised;
    }

    /** {@link #parts} of segments already {@link #normalised}. */
    static List<String> partsOfNormalised(List<String> segments) {
        if (segments.size() < 2) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String normalised : segments) {
            if (!normalised.isEmpty() && !isDepartment(normalised) && !Tokens.isNumeric(normalised.replace(" ", ""))) {
                kept.add(normalised);
            }
        }
        // a repeated segment or pair would only repeat a search; a place alone is an address, searched beside its
        // neighbour
        Set<String> parts = new LinkedHashSet<>();
        for (String segment : kept) {
            if (!PlaceEvidence.isOnlyPlace(segment)) {
                parts.add(segment);
            }
        }
        if (segments.size() > 2) {
            for (int i = 0; i + 1 < kept.size(); i++) {
                parts.add(pair(kept.get(i), kept.get(i + 1)));
            }
        }
        return List.copyOf(parts);
    }

    /** Only the neighbouring pairs of segments already {@link #normalised}, dropped segments left out. */
    static List<String> pairsOfNormalised(List<String> segments) {
        List<String> kept = new ArrayList<>();
        for (String normalised : segments) {
            if (!normalised.isEmpty() && !isDepartment(normalised) && !Tokens.isNumeric(normalised.replace(" ", ""))) {
                kept.add(normalised);
            }
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < kept.size(); i++) {
            pairs.add(pair(kept.get(i), kept.get(i + 1)));
        }
        return List.copyOf(pairs);
    }

    /**
     * Two neighbouring segments as one: Han segments join without the space that parted them, as the name of a unit
     * after its parent is written (中国科学院 化学研究所 is 中国科学院化学研究所).
     */
    private static String pair(String first, String second) {
        boolean han = isHan(first.charAt(first.length() - 1)) && isHan(second.charAt(0));
        return han ? first + second : first + " " + second;
    }

    private static boolean isDepartment(String normalised) {
        int space = normalised.indexOf(' ');
        return DEPARTMENT_WORDS.contains(space < 0 ? normalised : normalised.substring(0, space));
    }

    /**
     * Chinese writes no spaces inside a name, so a space between Han characters parts two names: "北航 仪器科学与光电工程学院"
     * is a university and one of its schools, "中国科学院 自动化研究所" the Academy and its institute.
     */
    private static boolean isSpaceBetweenHan(String input, int i) {
        char c = input.charAt(i);
        if (c != ' ' && c != '\u3000') {
            return false;
        }
        int before = i - 1;
        while (before >= 0 && Character.isWhitespace(input.charAt(before))) {
            before--;
        }
        int after = i + 1;
        while (after < input.length() && Character.isWhitespace(input.charAt(after))) {
            after++;
        }
        return before >= 0 && after < input.length() && isHan(input.charAt(before)) && isHan(input.charAt(after));
    }

    /**
     * A dash or a slash with a space on each side parts two fields, as a grant portal writes them ("Partner 2 – NAME –
     * PIC 123") and as an author with two affiliations lists them ("State Key Laboratory of X / Y University"); a hyphen
     * or a slash inside a word ("Name-City", "R/D") does not.
     */
    private static boolean isSpacedSeparator(String input, int i) {
        char c = input.charAt(i);
        return (c == '-' || c == '–' || c == '—' || c == '/')
                && i > 0
                && i + 1 < input.length()
                && Character.isWhitespace(input.charAt(i - 1))
                && Character.isWhitespace(input.charAt(i + 1));
    }

    private static boolean isHan(char c) {
        return Scripts.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '(' || c == ')' || c == '|' || c == '\n' || c == '，' || c == '、' || c == '（'
                || c == '،' || c == '؛' || c == '；' || c == '）';
    }
}
