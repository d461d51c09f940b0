package org.collabscreen.matching;

import java.util.Map;
import java.util.Set;

/**
 * Web of Science prints affiliations with Clarivate's address abbreviations, some of which {@link
 * InstitutionVocabulary} cannot fold word for word: a compass point as a capital ("S China Univ Technol", "Cent S
 * Univ", "NW Polytech Univ") and "Tech", which stands for Technical there ("Bauman Moscow State Tech Univ", "Aviat
 * Tech Dev Co") where elsewhere it is Technology, and "AF" for Air Force ("AF Engn Univ", "AF Res Lab"). It also runs the
 * initials of a person a name honours together ("Moscow MV Lomonosov State Univ"), where other forms of the name give
 * the surname alone ({@link Eponyms}). A segment written so is read again with these words spelt out and without the
 * initials.
 */
final class WebOfScienceReadings {

    private static final Map<String, String> COMPASS = Map.of(
            "n", "north",
            "s", "south",
            "e", "east",
            "w", "west",
            "ne", "northeast",
            "nw", "northwest",
            "se", "southeast",
            "sw", "southwest");

    /** The abbreviations that only an abbreviated address writes: the segment is in Clarivate's style. */
    private static final Set<String> ABBREVIATED =
            Set.of("univ", "inst", "acad", "ctr", "coll", "natl", "technol", "engn", "aviat", "grp");

    /** Joined initials are two letters, after the first word and before a surname of at least this many letters. */
    private static final int MIN_SURNAME = 4;

    /** A compass point is the first word, or the second after "Cent" (Central). */
    private static final int LAST_COMPASS_POSITION = 1;

    private WebOfScienceReadings() {}

    /**
     * The normalised segment with its compass points, "Tech" and "AF" spelt out and without joined initials; null
     * when it has none of them.
     */
    static String spelt(String normalised) {
        String[] words = normalised.split(" ");
        boolean abbreviated = false;
        for (String word : words) {
            abbreviated |= ABBREVIATED.contains(word);
        }
        if (!abbreviated || words.length < 2) {
            return null;
        }
        boolean changed = false;
        for (int i = 0; i < words.length - 1; i++) {
            String compass = COMPASS.get(words[i]);
            if (compass != null && (i == 0 || i == LAST_COMPASS_POSITION && words[0].equals("cent"))) {
                words[i] = compass;
                changed = true;
            } else if (words[i].equals("tech")) {
                words[i] = "technical";
                changed = true;
            } else if (words[i].equals("af")) {
                words[i] = "air force";
                changed = true;
            } else if (i > 0 && isJoinedInitials(words[i], words[i + 1])) {
                words[i] = "";
                changed = true;
            }
        }
        return changed ? String.join(" ", words).replace("  ", " ") : null;
    }

    private static boolean isJoinedInitials(String word, String next) {
        return word.length() == 2
                && Character.isLetter(word.charAt(0))
                && Character.isLetter(word.charAt(1))
                && next.length() >= MIN_SURNAME
                && !ABBREVIATED.contains(next)
                && !COMPASS.containsKey(word)
                && isDistinctive(word)
                && isDistinctive(next);
    }

    private static boolean isDistinctive(String word) {
        return !InstitutionVocabulary.isKnown(word)
                && InstitutionVocabulary.INSTANCE.weight(word) >= Vocabulary.DISTINCTIVE;
    }
}
