package org.collabscreen.matching;

/**
 * The singular of an acronym written in the plural with a lower-case s ("UAVs", "AUVs", "FPGAs"), so that the
 * acronym listed as a term is found in it; issue 15, eleventh round.
 */
final class AcronymPlurals {

    private static final int MIN_LETTERS = 2;

    private AcronymPlurals() {}

    /** The acronym without its plural s; null when the token is no acronym in the plural. */
    static String singular(String token) {
        int last = token.length() - 1;
        if (last < MIN_LETTERS || token.charAt(last) != 's') {
            return null;
        }
        for (int i = 0; i < last; i++) {
            char c = token.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return null;
            }
        }
        return Character.isUpperCase(token.charAt(0)) ? token.substring(0, last) : null;
    }
}
