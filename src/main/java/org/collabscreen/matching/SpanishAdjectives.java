package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * Spanish writes "Chinese" as "china" (and "chino") after the noun it qualifies ("Academia China de Ciencias",
 * "Universidad China de …"), where everywhere else the word is the country: {@link InstitutionVocabulary} cannot fold
 * it. After an organisation noun it is read as the adjective.
 */
final class SpanishAdjectives {

    private static final Pattern CHINESE_AFTER_NOUN = Pattern.compile(
            "\\b(academia|universidad|instituto|escuela|centro|laboratorio|corporacion|sociedad) (?:china|chino)\\b");

    private SpanishAdjectives() {}

    /** The normalised text with "china" after an organisation noun read as "chinese"; null when it has none. */
    static String read(String normalised) {
        if (!normalised.contains(" chin")) {
            return null;
        }
        var matcher = CHINESE_AFTER_NOUN.matcher(normalised);
        return matcher.find() ? matcher.replaceAll("$1 chinese") : null;
    }
}
