package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A programme's holder is called by the programme's name and a title ("Pujiang Scholar", "Thousand Talents Scholar",
 * "… Plan expert"): a name of two words or more that ends in such a title, with no scheme word, is read with the
 * programme's scheme word in its place ("Pujiang plan").
 */
final class HolderTitles {

    private static final Set<String> TITLES =
            Set.of("scholar", "scholars", "expert", "experts", "fellow", "fellows", "awardee", "awardees");

    /**
     * The words that call the post, the money or the honour a programme grants in its place: "a part-time Thousand
     * Talents appointment", "his Ten Thousand Talents contract", "awarded a Pearl River Talents fellowship".
     */
    private static final Set<String> POSTS = Set.of(
            "appointment",
            "appointee",
            "contract",
            "grant",
            "grantee",
            "award",
            "awards",
            "fellowship",
            "professorship",
            "chair",
            "funding",
            "position",
            "recipient",
            "laureate");

    /** The fewest words of a name before a title inside a declaration. */
    private static final int MIN_NAME_WORDS = 2;

    private HolderTitles() {}

    /**
     * Each run of two or more words before a holder's title or post inside the declaration, every one of them a word
     * of some listed name and none a scheme word, read with the scheme word in the title's place ("I held a
     * Hundred Talents appointment at …" → "hundred talents plan").
     */
    static List<String> schemesBeforeTitles(String normalised, Predicate<String> knownWord) {
        // read as the vocabulary reads names, so a number of two words is one ("ten thousand" is 10000)
        String[] words = ProgrammeVocabulary.INSTANCE.rewrite(normalised).split(" ");
        List<String> schemes = new ArrayList<>(0);
        for (int i = MIN_NAME_WORDS; i < words.length; i++) {
            if (!TITLES.contains(words[i]) && !POSTS.contains(words[i])) {
                continue;
            }
            int start = i;
            while (start > 0) {
                String canonical = ProgrammeVocabulary.INSTANCE.canonical(words[start - 1]);
                if (!knownWord.test(canonical)
                        || canonical.equals("plan")
                        || ProgrammeVocabulary.INSTANCE.weight(canonical) <= ProgrammeVocabulary.FUNCTION_WORD) {
                    break;
                }
                start--;
            }
            if (i - start >= MIN_NAME_WORDS) {
                schemes.add(String.join(" ", Arrays.copyOfRange(words, start, i)) + " plan");
            }
        }
        return schemes;
    }

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
