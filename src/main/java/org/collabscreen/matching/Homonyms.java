package org.collabscreen.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A technology's word used in another sense, as the word after it shows: rocket salad and rocket leaves are the plant
 * Eruca sativa, not rockets; explosive growth, increase or spread is fast growth, not explosives; a radar chart is a
 * chart; submarine groundwater, springs, canyons and fans are the sea floor's hydrology and geology, not submarines.
 * The technology's word is read as left out, before anything else reads the text.
 */
final class Homonyms {

    private static final Pattern OTHER_SENSE = Pattern.compile(
            "\\b(?:rocket (?=salad|leaves|leaf\\b)"
                    + "|explosive (?=growth|increase|rise|spread|expansion|popularity)"
                    + "|(?<=croissance )explosive\\b|(?<=crecimiento )explosivo\\b"
                    + "|radar (?=charts?\\b|plots?\\b|diagrams?\\b)"
                    + "|submarine (?=groundwater|springs?\\b|canyons?\\b|fans?\\b))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Homonyms() {}

    /** The text without the technology words it uses in another sense; the same text when it has none. */
    static String read(String text) {
        Matcher matcher = OTHER_SENSE.matcher(text);
        return matcher.find() ? matcher.replaceAll("") : text;
    }
}
