package org.collabscreen.seed;

import java.util.Locale;
import java.util.Map;

/** Maps the country names used in the reference data to ISO 3166-1 alpha-2 codes. */
final class CountryCodes {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("china", "CN"),
            Map.entry("people's republic of china", "CN"),
            Map.entry("russia", "RU"),
            Map.entry("russian federation", "RU"),
            Map.entry("iran", "IR"),
            Map.entry("north korea", "KP"),
            Map.entry("hong kong", "HK"),
            Map.entry("macau", "MO"),
            Map.entry("macao", "MO"));

    private static final Map<String, String> NAMES =
            Map.of("CN", "China", "RU", "Russia", "IR", "Iran", "KP", "North Korea", "HK", "Hong Kong", "MO", "Macau");

    private CountryCodes() {}

    /** The ISO code for a country name or code (ignores trailing remarks in parentheses), or null. */
    static String iso(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String text = country.strip();
        if (text.matches("[A-Za-z]{2}")) {
            return text.toUpperCase(Locale.ROOT);
        }
        String plain =
                text.replaceAll("\\s*\\(.*$", "").toLowerCase(Locale.ROOT).strip();
        return CODES.get(plain);
    }

    /** The English short name of a country of concern. */
    static String name(String iso) {
        return NAMES.getOrDefault(iso, iso);
    }
}
