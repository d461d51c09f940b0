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
 * trailing "of" and a country or place ("Renmin University of China" reads as "Renmin University"). Searched at a
 * lower score than the segment, so a listed name the whole segment matches still wins.
 */
final class NameHeads {

    /** The words that end the name of a parent organisation. */
    private static final Set<String> PARENT_WORDS = Set.of("university", "academy", "institute", "corporation");

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

    /**
     * A numbered unit of a state group, named by its number and its parent ("The 38th Research Institute of China
     * Electronics Technology Group Corporation", "Eighth Academy of CASC"), as the groups number their institutes and
     * academies.
     */
    private static final Pattern NUMBERED_UNIT = Pattern.compile(
            "^(?:the\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                    + "|eleventh|twelfth)\\s+(?:research\\s+)?(?:institute|academy)\\s+of\\s+(?:the\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);

    private NameHeads() {}

    /** The parent a segment that names a numbered unit names, as written; null for any other segment. */
    static String parentOfNumberedUnit(String segment) {
        Matcher matcher = NUMBERED_UNIT.matcher(segment.strip());
        return matcher.matches() ? matcher.group(1) : null;
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
        int n = words.length;
        if (n >= 4
                && words[n - 2].equals("of")
                && PlaceEvidence.isPlaceWord(words[n - 1])
                && hasDistinctiveWord(words, n - 3, vocabulary)) {
            heads.add(String.join(" ", Arrays.copyOf(words, n - 2)));
        }
        return heads;
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
