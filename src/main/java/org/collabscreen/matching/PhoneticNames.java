package org.collabscreen.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names of Chinese companies and institutions written phonetically in katakana or Hangul, as Japanese and Korean
 * patent offices write applicants ("テンセント・テクノロジー・(シェンジェン)・カンパニー・リミテッド", "비와이디 컴퍼니
 * 리미티드"), read back in the Latin words of their English names: legal forms and organisation words as the English
 * words they render, places as their pinyin, brands as their Latin spelling, and a word spelt wholly in letters
 * (비와이디) as an acronym. A name is read only when every katakana or Hangul word in it is known
 * (matching/phonetic-words.tsv) and it holds no Han character or hiragana: "ハルビン工業大学" is written in Japanese, read
 * by its listed Japanese name; words in Latin letters are kept.
 */
final class PhoneticNames {

    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> LETTERS = new HashMap<>();
    private static final int LONGEST_WORD;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static {
        int longest = 0;
        for (String[] row : TsvResource.rows(
                "/matching/phonetic-words.tsv", 4, "a written word, its kind, its reading and a source")) {
            (row[1].equals("letter") ? LETTERS : WORDS).put(row[0], row[2]);
            longest = Math.max(longest, row[0].length());
        }
        LONGEST_WORD = longest;
    }

    private PhoneticNames() {}

    /**
     * The text with each katakana or Hangul word read in Latin letters; null when it holds none, an unknown one, or Han
     * characters or hiragana.
     */
    static String inLatin(String text) {
        if (Scripts.contains(text, Character.UnicodeScript.HAN)
                || Scripts.contains(text, Character.UnicodeScript.HIRAGANA)
                || (!Scripts.contains(text, Character.UnicodeScript.KATAKANA)
                        && !Scripts.contains(text, Character.UnicodeScript.HANGUL))) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (!isPhonetic(text.charAt(i))) {
                char c = text.charAt(i++);
                out.append(c == '・' || c == '･' || c == '＝' ? ' ' : c);
                continue;
            }
            int end = i;
            while (end < text.length() && isPhonetic(text.charAt(end))) {
                end++;
            }
            String word = word(text.substring(i, end));
            if (word == null) {
                return null;
            }
            out.append(' ').append(word).append(' ');
            i = end;
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** A run of katakana or Hangul as known words, or spelt wholly in letters as an acronym; null otherwise. */
    private static String word(String run) {
        String words = split(run, WORDS, " ");
        return words != null ? words : split(run, LETTERS, "");
    }

    private static String split(String run, Map<String, String> known, String joiner) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < run.length()) {
            String word = null;
            for (int length = Math.min(LONGEST_WORD, run.length() - i); length >= 1 && word == null; length--) {
                word = known.get(run.substring(i, i + length));
                if (word != null) {
                    i += length;
                }
            }
            if (word == null) {
                return null;
            }
            out.append(out.isEmpty() ? "" : joiner).append(word);
        }
        return out.toString();
    }

    private static boolean isPhonetic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return c == 'ー'
                || (c != '・' && script == Character.UnicodeScript.KATAKANA)
                || script == Character.UnicodeScript.HANGUL;
    }
}
