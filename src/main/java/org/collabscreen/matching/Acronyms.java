package org.collabscreen.matching;

/**
 * The one rule for what an acronym is: two to {@value #MAX_LENGTH} characters, one word, capitals with at least two
 * letters, digits, '-' or '&' (HIT, CAS, USTC, NORINCO, CASIC-2). An alias that is an acronym matches only exactly, and
 * only when typed without lower-case letters, so that the word "hit" is not HIT.
 */
public final class Acronyms {

    /** Chosen from the labelled evaluation and the seed's aliases: see the commit that introduced this class. */
    public static final int MAX_LENGTH = 6;

    private Acronyms() {
    }

    public static boolean isAcronym(String alias) {
        if (alias == null) {
            return false;
        }
        String trimmed = alias.strip();
        if (trimmed.length() > MAX_LENGTH || trimmed.length() < 2) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && c != '-' && c != '&') {
                return false;
            }
        }
        return upper >= 2;
    }

    /** Whether typed input could be an acronym: no lower-case letters. */
    static boolean couldBeTyped(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (Character.isLowerCase(input.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
