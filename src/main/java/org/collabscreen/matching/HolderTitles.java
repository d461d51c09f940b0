package org.collabscreen.matching;

import java.util.Arrays;
import java.util.Set;

/**
 * A programme's holder is called by the programme's name and a title ("Pujiang Scholar", "Thousand Talents Scholar",
 * "… Plan expert"): a name of two words or more that ends in such a title, with no scheme word, is read with the
 * programme's scheme word in its place ("Pujiang plan").
 */
final class HolderTitles {

    private static final Set<String> TITLES =
            Set.of("scholar", "scholars", "expert", "experts", "fellow", "fellows", "awardee", "awardees");

    private HolderTitles() {}

    /** The name with its final holder's title read as "plan"; null when it ends in none or names a scheme already. */
    static String asScheme(String normalised) {
        String[] words = normalised.split(" ");
        if (words.length < 2 || !TITLES.contains(words[words.length - 1])) {
            return null;
        }
        for (String word : words) {
            if (ProgrammeVocabulary.INSTANCE.canonical(word).equals("plan")) {
                return null;
            }
        }
        return String.join(" ", Arrays.copyOf(words, words.length - 1)) + " plan";
    }
}
