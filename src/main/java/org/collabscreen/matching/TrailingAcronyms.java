package org.collabscreen.matching;

import java.util.Locale;

/**
 * A body's name followed, in the same segment, by the acronym of the body it belongs to, without a comma ("Widget
 * Institute of Optics CAS", "Institute of Widgets of CAS"): the segment names the unit as "Widget Institute of Optics,
 * CAS" does, so it is read again with the acronym spelt out after the unit's name, as the lists write units.
 */
final class TrailingAcronyms {

    /** The fewest words the unit's name before the acronym must have: "Institute CAS" names no unit. */
    private static final int MIN_NAME_WORDS = 2;

    private TrailingAcronyms() {}

    /**
     * The acronym a written segment ends with, after a name of {@value #MIN_NAME_WORDS} words or more in Latin
     * letters, not all in capitals; null when it ends with none.
     */
    static String trailing(String written) {
        String segment = written.strip();
        int space = segment.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        String last = segment.substring(space + 1);
        String before = segment.substring(0, space).strip();
        if (!Acronyms.isAcronym(last)
                || before.split("\\s+").length < MIN_NAME_WORDS
                || before.equals(before.toUpperCase(Locale.ROOT))
                || Tokens.containsCjk(before)) {
            return null;
        }
        return last;
    }

    /**
     * The normalised segment with its trailing acronym (and an "of" before it) replaced by the listed name it stands
     * for.
     */
    static String spelt(String normalised, String listedName) {
        String head = normalised.substring(0, normalised.lastIndexOf(' '));
        if (head.endsWith(" of")) {
            head = head.substring(0, head.length() - " of".length());
        }
        return head + " " + NameNormaliser.normalise(listedName);
    }
}
