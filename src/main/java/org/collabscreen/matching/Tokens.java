package org.collabscreen.matching;

/** Splitting of normalised text into tokens, and script tests on them. */
final class Tokens {

    private static final String[] NONE = new String[0];

    private Tokens() {}

    /** Splits a normalised string (single spaces, no leading or trailing space). */
    static String[] split(String normalised) {
        if (normalised.isEmpty()) {
            return NONE;
        }
        // counted first, so the array is made once at its size
        int spaces = 0;
        for (int i = 0; i < normalised.length(); i++) {
            if (normalised.charAt(i) == ' ') {
                spaces++;
            }
        }
        String[] tokens = new String[spaces + 1];
        int start = 0;
        int next = 0;
        for (int i = 0; i < normalised.length(); i++) {
            if (normalised.charAt(i) == ' ') {
                tokens[next++] = normalised.substring(start, i);
                start = i + 1;
            }
        }
        tokens[next] = normalised.substring(start);
        return tokens;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Scripts.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    static boolean containsCjk(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isCjk(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether every letter of the text is a Latin letter. */
    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && Scripts.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static boolean isNumeric(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }
}
