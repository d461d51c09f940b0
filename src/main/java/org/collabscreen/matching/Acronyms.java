package org.collabscreen.matching;

/**
 * The one rule for what an acronym is: two to {@value #MAX_LENGTH} characters, one word, capitals (any script), digits,
 * '-' or '&', with at least two capitals (HIT, CAS, USTC, CASIC, МФТИ). An alias that is an acronym matches only
 * exactly, only when typed without lower-case letters and only within the declared country, so that the word "hit"
 * is not HIT; a longer capitalised alias (VNIIFTRI, RTU-MIREA) is matched as a name.
 */
public final class Acronyms {

    /**
     * Short capital strings collide with words and with each other; seven letters and more are distinctive names that
     * users also type in lower case or with a typo. The labelled evaluation scores the same at 6 and at 10.
     */
    public static final int MAX_LENGTH = 6;

    private Acronyms() {}

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
