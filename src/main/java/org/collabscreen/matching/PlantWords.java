package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's plant is written as the company's name and the plant's word: "Acme Tianjin fab", "Acme Beijing Fab 7",
 * "Acme Wuxi plant", "Acme factory". The plant is the company's, so the name before the plant's word is looked up on
 * its own, as an exact name only: a listed subsidiary named by its brand and city ("Acme Tianjin") then ranks above
 * its group's acronym ("Acme"), which the segment also holds.
 */
final class PlantWords {

    /** A plant's word ending a normalised segment, with the plant's number or letter after it. */
    private static final Pattern AT_END =
            Pattern.compile(" (?:fab|fabs|plant|factory|facility|production base|wafer fab)(?: [0-9a-z]{1,3})?$");

    private PlantWords() {}

    /** The normalised segment before a plant's word ending it, when at least one word precedes it; else null. */
    static String namedBefore(String normalised) {
        Matcher matcher = AT_END.matcher(normalised);
        if (!matcher.find() || matcher.start() == 0) {
            return null;
        }
        return normalised.substring(0, matcher.start());
    }
}
