package org.collabscreen.matching;

import java.util.Set;

/**
 * The singular of an acronym written in the plural with a lower-case s ("UAVs", "AUVs"), so that the acronym listed as
 * a term is found in it, for the categories whose acronyms name vehicles, which are counted; other acronyms in the
 * plural are often other words ("HPCs" are haematopoietic progenitor cells, not high-performance computing). Issue 15,
 * eleventh round.
 */
final class AcronymPlurals {

    /** The categories whose listed acronyms name vehicles (UAV, AUV, UUV). */
    private static final Set<String> COUNTABLE = Set.of("ROBOTICS_AUTONOMY", "MARINE_UNDERWATER");

    private static final int MIN_LETTERS = 2;

    private AcronymPlurals() {}

    /** Whether the category's acronyms name things counted, and so written in the plural. */
    static boolean countable(String categoryCode) {
        return COUNTABLE.contains(categoryCode);
    }

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
