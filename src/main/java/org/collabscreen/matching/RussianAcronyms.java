package org.collabscreen.matching;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Russian acronyms of research bodies and universities, spelt out in Russian before a name typed in Cyrillic is read
 * in Latin letters ({@link Romanisation#cyrillicInLatin}): "МГТУ им. Н.Э. Баумана" reads as "Московский
 * государственный технический университет им. Н.Э. Баумана", whose words fold to the English ones. The expansions are
 * the bodies' own, as their statutes and the Russian Wikipedia give them; kind words (НИЦ, НИУ, НИИ) as well as names.
 * An acronym is matched as written, in capitals, as a whole word or as one part of a hyphenated one (КНИТУ-КАИ).
 */
final class RussianAcronyms {

    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("МГТУ", "Московский государственный технический университет"),
            Map.entry("МГУ", "Московский государственный университет"),
            Map.entry("СПбГУ", "Санкт-Петербургский государственный университет"),
            Map.entry("НГУ", "Новосибирский государственный университет"),
            Map.entry("ННГУ", "Нижегородский государственный университет"),
            Map.entry("ТПУ", "Томский политехнический университет"),
            Map.entry("УрФУ", "Уральский федеральный университет"),
            Map.entry("МАИ", "Московский авиационный институт"),
            Map.entry("КНИТУ", "Казанский национальный исследовательский технический университет"),
            Map.entry("МИФИ", "Московский инженерно-физический институт"),
            Map.entry("ВШЭ", "Высшая школа экономики"),
            Map.entry("ЦИАМ", "Центральный институт авиационного моторостроения"),
            Map.entry("ЦАГИ", "Центральный аэрогидродинамический институт"),
            Map.entry("ИППИ", "Институт проблем передачи информации"),
            Map.entry("ИПМ", "Институт прикладной математики"),
            Map.entry("ФИАН", "Физический институт Академии наук"),
            Map.entry("ФТИАН", "Физико-технологический институт Академии наук"),
            Map.entry("ИФТТ", "Институт физики твердого тела"),
            Map.entry("ИФП", "Институт физики полупроводников"),
            Map.entry("ИБХ", "Институт биоорганической химии"),
            Map.entry("НИЦ", "Национальный исследовательский центр"),
            Map.entry("НИУ", "Национальный исследовательский университет"),
            Map.entry("НИИ", "Научно-исследовательский институт"),
            Map.entry("ЦНИИ", "Центральный научно-исследовательский институт"));

    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])\\p{IsCyrillic}{2,6}(?![\\p{L}])");

    private RussianAcronyms() {}

    /** The input with each known Russian acronym spelt out; the input itself when it holds none. */
    static String spelt(String input) {
        if (!ACRONYM.matcher(input).find()) {
            return input;
        }
        return ACRONYM.matcher(input).replaceAll(match -> {
            String expansion = EXPANSIONS.get(match.group());
            return java.util.regex.Matcher.quoteReplacement(expansion == null ? match.group() : expansion);
        });
    }
}
