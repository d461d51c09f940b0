package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * Pinyin written with its syllable boundaries anywhere: "Wan Ren Ji Hua", "Wanren Jihua" and "WanrenJihua" are one
 * name. A text whose every word is a run of pinyin syllables (an initial, then a final, toneless) is compared with its
 * spaces removed, against the native names' pinyin renderings with theirs removed.
 */
final class PinyinSyllables {

    private static final Pattern SYLLABLES = Pattern.compile("(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|uo|ui|un"
            + "|ue|ve|a|o|e|i|u|v))+");

    private static final int MIN_WORDS = 2;

    /** A word shorter than this is too likely a word of another language that happens to read as pinyin. */
    private static final int MIN_RUN = 8;

    private PinyinSyllables() {}

    /** Whether a normalised text is one word of {@value #MIN_RUN} letters or more, all pinyin syllables run together. */
    static boolean isRun(String normalised) {
        return normalised.length() >= MIN_RUN
                && normalised.indexOf(' ') < 0
                && SYLLABLES.matcher(normalised).matches();
    }

    /** Whether one word is pinyin syllables run together. */
    static boolean isSyllables(String word) {
        return !word.isEmpty() && SYLLABLES.matcher(word).matches();
    }

    /** The normalised text with its spaces removed when it has two or more words, all pinyin; else null. */
    static String joined(String normalised) {
        String[] words = Tokens.split(normalised);
        if (words.length < MIN_WORDS) {
            return null;
        }
        StringBuilder joined = new StringBuilder(normalised.length());
        for (String word : words) {
            if (!SYLLABLES.matcher(word).matches()) {
                return null;
            }
            joined.append(word);
        }
        return joined.toString();
    }
}
