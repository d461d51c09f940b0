package org.collabscreen.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A university's listed name written before one of its colleges, schools, hospitals or centres without a comma, as
 * affiliations often do ("Huazhong University of Science and Technology Tongji Medical College", "X University School
 * of Medicine", "X University Cancer Center"): the university is read on its own, as a comma would have cut it. Only names of three words or more that
 * say university, written in Latin letters, are looked for, and only in a segment whose words after the name start or
 * end with a unit's word. A campus, graduate school or institute in another city is written the same way after names of
 * two words too, and after an institute of technology's ("Wuhan University Shenzhen Research Institute", "Harbin
 * Institute of Technology Suzhou Research Institute", "Xiamen University Malaysia Campus"): a few words that end so, the
 * first not a word such as "of" that would continue another name ("Nanjing University of Chinese Medicine").
 */
final class UniversitiesBeforeUnits {

    private static final List<String> UNIT_WORDS =
            List.of("college", "school", "hospital", "faculty", "center", "centre");
    private static final int MIN_WORDS = 3;
    private static final List<String> CAMPUS_ENDINGS = List.of(
            " campus",
            " graduate school",
            " research institute",
            " innovation institute",
            " innovation center",
            " innovation centre",
            " research center",
            " research centre");
    private static final Set<String> CONTINUING_WORDS = Set.of("of", "for", "and", "in", "at", "the");
    private static final int MAX_CAMPUS_WORDS = 4;

    private final Set<String> universities = new HashSet<>();
    private final Set<String> campusHolders = new HashSet<>();

    UniversitiesBeforeUnits(Collection<List<String>> names) {
        for (List<String> ofOne : names) {
            for (String name : ofOne) {
                String normalised = NameNormaliser.normalise(name);
                if (normalised.split(" ").length >= MIN_WORDS
                        && (" " + normalised + " ").contains(" university ")
                        && !Tokens.containsCjk(normalised)) {
                    universities.add(normalised);
                }
                if (normalised.indexOf(' ') > 0
                        && ((" " + normalised + " ").contains(" university ")
                                || normalised.contains("institute of technology"))
                        && !Tokens.containsCjk(normalised)) {
                    campusHolders.add(normalised);
                }
            }
        }
    }

    /** The listed university's name the normalised segment starts with, before a unit's name; null when none. */
    String universityAt(String segment) {
        if (namesUnit(segment)) {
            for (int space = segment.lastIndexOf(' '); space > 0; space = segment.lastIndexOf(' ', space - 1)) {
                String named = segment.substring(0, space);
                if (universities.contains(named)) {
                    return named;
                }
            }
        }
        return campusHolderAt(segment);
    }

    /** The listed name the segment starts with, before the few words of a campus or institute elsewhere; else null. */
    private String campusHolderAt(String segment) {
        if (CAMPUS_ENDINGS.stream().noneMatch(segment::endsWith)) {
            return null;
        }
        String[] words = segment.split(" ");
        for (int at = Math.max(2, words.length - MAX_CAMPUS_WORDS); at < words.length - 1; at++) {
            String named = String.join(" ", Arrays.copyOf(words, at));
            if (campusHolders.contains(named) && !CONTINUING_WORDS.contains(words[at])) {
                return named;
            }
        }
        return null;
    }

    private static boolean namesUnit(String segment) {
        int space = segment.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        String last = segment.substring(space + 1);
        for (String word : UNIT_WORDS) {
            if (last.equals(word) || segment.contains(" " + word + " of ")) {
                return true;
            }
        }
        return false;
    }
}
