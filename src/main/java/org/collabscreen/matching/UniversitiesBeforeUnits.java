package org.collabscreen.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A university's listed name written before one of its colleges, schools, hospitals or centres without a comma, as
 * affiliations often do ("Huazhong University of Science and Technology Tongji Medical College", "X University School
 * of Medicine", "X University Cancer Center"): the university is read on its own, as a comma would have cut it. Only names of three words or more that
 * say university, written in Latin letters, are looked for, and only in a segment whose words after the name start or
 * end with a unit's word.
 */
final class UniversitiesBeforeUnits {

    private static final List<String> UNIT_WORDS =
            List.of("college", "school", "hospital", "faculty", "center", "centre");
    private static final int MIN_WORDS = 3;

    private final Set<String> universities = new HashSet<>();

    UniversitiesBeforeUnits(Collection<List<String>> names) {
        for (List<String> ofOne : names) {
            for (String name : ofOne) {
                String normalised = NameNormaliser.normalise(name);
                if (normalised.split(" ").length >= MIN_WORDS
                        && (" " + normalised + " ").contains(" university ")
                        && !Tokens.containsCjk(normalised)) {
                    universities.add(normalised);
                }
            }
        }
    }

    /** The listed university's name the normalised segment starts with, before a unit's name; null when none. */
    String universityAt(String segment) {
        if (!namesUnit(segment)) {
            return null;
        }
        for (int space = segment.lastIndexOf(' '); space > 0; space = segment.lastIndexOf(' ', space - 1)) {
            String named = segment.substring(0, space);
            if (universities.contains(named)) {
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
