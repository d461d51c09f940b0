package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shorter readings of one normalised segment that names an institution with more than its name: a sub-unit written
 * after its parent's name in one segment ("Tongji University School of Medicine" reads as "Tongji University"), and a
 * trailing "of" and a country or place ("Renmin University of China" reads as "Renmin University"), and the Russian
 * Academy of Sciences written after an institute ("Boreskov Institute of Catalysis SB RAS"). Searched at a
 * lower score than the segment, so a listed name the whole segment matches still wins.
 */
final class NameHeads {

    /** The words that end the name of a parent organisation. */
    private static final Set<String> PARENT_WORDS = Set.of("university", "academy", "institute", "corporation");

    private static final String HOSPITAL = "hospital";

    private static final String UNIVERSITY = "university";

    /** The words that begin the name of a sub-unit written after its parent's. */
    private static final Set<String> UNIT_WORDS = Set.of(
            "school",
            "college",
            "faculty",
            "hospital",
            "department",
            "graduate",
            "institute",
            "laboratory",
            "center",
            "key",
            "state");

    /** A unit's number in a group's series: "38th", "No. 38", "Eighth". */
    private static final String UNIT_NUMBER =
            "(?:\\d{1,3}(?:st|nd|rd|th)|no\\.?\\s*\\d{1,3}|first|second|third|fourth|fifth"
                    + "|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";

    /**
     * A numbered unit of a state group, named by its number and its parent ("The 38th Research Institute of China
     * Electronics Technology Group Corporation", "Eighth Academy of CASC"), as the groups number their institutes and
     * academies.
     */
    private static final Pattern NUMBERED_UNIT = Pattern.compile(
            "^(?:the\\s+)?" + UNIT_NUMBER + "\\s+(?:research\\s+)?(?:institute|academy)\\s+of\\s+(?:the\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** The same unit with its group written first ("China Electronics Corporation 6th Research Institute"). */
    private static final Pattern NUMBERED_UNIT_AFTER_GROUP = Pattern.compile(
            "^(?:the\\s+)?(.+?)\\s+" + UNIT_NUMBER + "\\s+(?:research\\s+)?(?:institute|academy)$",
            Pattern.CASE_INSENSITIVE);

    /** The Russian Academy of Sciences and its branches as written after an institute's name, longest first. */
    private static final List<String> ACADEMY_SUFFIXES = List.of(
            " of the siberian branch of the russian academy of sciences",
            " siberian branch of the russian academy of sciences",
            " of the russian academy of sciences",
            " russian academy of sciences",
            " sb ras",
            " ub ras",
            " feb ras",
            " of ras",
            " ras");

    private NameHeads() {}

    /** The parent a segment that names a numbered unit names, as written; null for any other segment. */
    static String parentOfNumberedUnit(String segment) {
        Matcher matcher = NUMBERED_UNIT.matcher(segment.strip());
        if (matcher.matches()) {
            return matcher.group(1);
        }
        String stripped = segment.strip();
        if (!endsWithIgnoringCase(stripped, "institute") && !endsWithIgnoringCase(stripped, "academy")) {
            return null;
        }
        Matcher afterGroup = NUMBERED_UNIT_AFTER_GROUP.matcher(stripped);
        return afterGroup.matches() ? afterGroup.group(1) : null;
    }

    private static boolean endsWithIgnoringCase(String text, String end) {
        return text.regionMatches(true, text.length() - end.length(), end, 0, end.length());
    }

    static List<String> of(String normalised, Vocabulary vocabulary) {
        String[] words = normalised.split(" ");
        List<String> heads = new ArrayList<>(1);
        for (int k = 1; k + 1 < words.length; k++) {
            if (PARENT_WORDS.contains(vocabulary.canonical(words[k]))
                    && UNIT_WORDS.contains(vocabulary.canonical(words[k + 1]))
                    && hasDistinctiveWord(words, k, vocabulary)) {
                heads.add(String.join(" ", Arrays.copyOf(words, k + 1)));
                break;
            }
        }
        String unit = withoutAcademySuffix(normalised);
        if (unit != null && hasDistinctiveWord(unit.split(" "), unit.split(" ").length - 1, vocabulary)) {
            heads.add(unit);
        }
        int n = words.length;
        if (n >= 4
                && words[n - 2].equals("of")
                && PlaceEvidence.isPlaceWord(words[n - 1])
                && hasDistinctiveWord(words, n - 3, vocabulary)) {
            heads.add(String.join(" ", Arrays.copyOf(words, n - 2)));
        }
        // a university's hospital is named before it ("Renmin Hospital of Wuhan University"), and is part of it
        for (int k = 1; k + 3 < n; k++) {
            if (words[k].equals(HOSPITAL)
                    && words[k + 1].equals("of")
                    && vocabulary.canonical(words[n - 1]).equals(UNIVERSITY)
                    && hasDistinctiveWord(Arrays.copyOfRange(words, k + 2, n), n - k - 3, vocabulary)) {
                heads.add(String.join(" ", Arrays.copyOfRange(words, k + 2, n)));
                break;
            }
        }
        // Web of Science leaves the "of" out: "Renmin Univ China" is "Renmin University of China"
        if (n >= 3
                && PARENT_WORDS.contains(vocabulary.canonical(words[n - 2]))
                && PlaceEvidence.isPlaceWord(words[n - 1])
                && hasDistinctiveWord(words, n - 3, vocabulary)) {
            heads.add(String.join(" ", Arrays.copyOf(words, n - 1)));
        }
        return heads;
    }

    /**
     * An institute's name with the Russian Academy of Sciences (or its regional branch) written after it, as its
     * affiliations do ("Boreskov Institute of Catalysis SB RAS"), without it; null for any other segment. Many
     * institutes are listed by their own name alone.
     */
    private static String withoutAcademySuffix(String normalised) {
        for (String suffix : ACADEMY_SUFFIXES) {
            if (normalised.endsWith(suffix) && normalised.length() > suffix.length()) {
                String unit = normalised
                        .substring(0, normalised.length() - suffix.length())
                        .strip();
                return unit.indexOf(' ') > 0 ? unit : null;
            }
        }
        return null;
    }

    private static boolean hasDistinctiveWord(String[] words, int last, Vocabulary vocabulary) {
        for (int i = 0; i <= last; i++) {
            if (vocabulary.weight(vocabulary.canonical(words[i])) >= Vocabulary.DISTINCTIVE) {
                return true;
            }
        }
        return false;
    }
}
