package org.collabscreen.rulebook.matching;

/**
 * A light English stemmer for lower-case tokens: plurals, -ed, -ing, British -ise/-isation folded to American,
 * a final e. Stems are only compared with stems, so they need not be words.
 */
final class LightStemmer {

    private static final int MIN_STEM = 3;

    private LightStemmer() {
    }

    static String stem(String token) {
        if (token.length() <= MIN_STEM || !isLatin(token)) {
            return token;
        }
        String s = plural(token);
        s = american(s);
        if (s.endsWith("ization")) {
            s = s.substring(0, s.length() - "ation".length()) + "e";
        }
        s = inflection(s);
        if (s.endsWith("e") && s.length() > MIN_STEM + 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String plural(String s) {
        if (s.endsWith("ies") && s.length() > 4) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes") || s.endsWith("zzes")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length() > 4) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String american(String s) {
        for (String[] pair : new String[][] {{"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
                {"ise", "ize"}}) {
            if (s.endsWith(pair[0]) && s.length() > pair[0].length() + 2) {
                return s.substring(0, s.length() - pair[0].length()) + pair[1];
            }
        }
        return s;
    }

    private static String inflection(String s) {
        String stem;
        if (s.endsWith("ing") && s.length() - 3 >= MIN_STEM) {
            stem = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() - 2 >= MIN_STEM && !s.endsWith("eed")) {
            stem = s.substring(0, s.length() - 2);
        } else {
            return s;
        }
        if (hasDoubleEnding(stem)) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static boolean hasDoubleEnding(String s) {
        int n = s.length();
        char last = s.charAt(n - 1);
        return n > MIN_STEM && last == s.charAt(n - 2) && "lsz".indexOf(last) < 0 && "aeiou".indexOf(last) < 0;
    }

    private static boolean isLatin(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c > 'z' || (c < 'a' && !Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
