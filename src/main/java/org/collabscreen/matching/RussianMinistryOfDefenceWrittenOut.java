package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * A body of the Russian Ministry of Defence writes its ministry in several ways after its own name: "Министерства
 * обороны Российской Федерации", "Министерства обороны РФ", "Министерства обороны России", "Минобороны России", "МО
 * России" ("48 ЦНИИ Минобороны России"). The mixed ones are read as the first, written out in full, as the lists' Russian
 * names give it; "МО РФ", the other form the names are given in, is left as written.
 */
final class RussianMinistryOfDefenceWrittenOut {

    private static final Pattern MIXED = Pattern.compile(
            "(?<![\\p{L}])(?:Министерства\\s+обороны\\s+(?:РФ|России)|Минобороны\\s+(?:России|РФ)|МО\\s+России)(?![\\p{L}])");

    private static final String FULL = "Министерства обороны Российской Федерации";

    private RussianMinistryOfDefenceWrittenOut() {}

    /** The input with the ministry, written in a mixed form, written out in full; else the input. */
    static String writtenOut(String input) {
        if (input.indexOf("обороны") < 0 && input.indexOf("МО ") < 0) {
            return input;
        }
        return MIXED.matcher(input).replaceAll(FULL);
    }
}
