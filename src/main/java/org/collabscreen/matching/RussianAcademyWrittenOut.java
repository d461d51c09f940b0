package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * An institute of the Russian Academy of Sciences writes its Academy and branch out as often as it abbreviates them:
 * "… Сибирского отделения Российской академии наук" is "… СО РАН", "… Российской академии наук" "… РАН". Written out,
 * they are read as the abbreviations, which the Cyrillic reading knows ({@link RussianNames}).
 */
final class RussianAcademyWrittenOut {

    private static final Pattern BRANCH = Pattern.compile(
            "(Сибирского|Дальневосточного|Уральского)\\s+отделения\\s+Российской\\s+академии\\s+наук",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern ACADEMY =
            Pattern.compile("Российской\\s+академии\\s+наук", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RussianAcademyWrittenOut() {}

    /** The input with the Academy and its branches, written out in the genitive, abbreviated; else the input. */
    static String abbreviated(String input) {
        if (input.indexOf("академии") < 0 && input.indexOf("Академии") < 0) {
            return input;
        }
        String branches = BRANCH.matcher(input)
                .replaceAll(match -> switch (match.group(1).toLowerCase()) {
                    case "сибирского" -> "СО РАН";
                    case "дальневосточного" -> "ДВО РАН";
                    default -> "УрО РАН";
                });
        return ACADEMY.matcher(branches).replaceAll("РАН");
    }
}
