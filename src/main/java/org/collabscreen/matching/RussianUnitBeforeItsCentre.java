package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * A Russian institute that belongs to a national or federal research centre writes the centre after its own name without
 * a comma, by the centre's kind and its name in guillemets: "Институт … им. А.Б. Фамилии НИЦ «Курчатовский институт»",
 * "Лаборатория … ФИЦ «…»". The centre is read as a part of its own, as if after a comma, so that each name is matched on
 * its own.
 */
final class RussianUnitBeforeItsCentre {

    private static final Pattern CENTRE =
            Pattern.compile("(?<=[\\p{L}.»])\\s+(?=(?:НИЦ|ФИЦ|ФНЦ|ГНЦ\\s+РФ|ГНЦ)\\s+[«\"“])");

    private RussianUnitBeforeItsCentre() {}

    /** The input with a comma before a centre written after a unit's name; else the input. */
    static String apart(String input) {
        if (input.indexOf('Ц') < 0) {
            return input;
        }
        return CENTRE.matcher(input).replaceAll(", ");
    }
}
