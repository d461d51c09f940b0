package org.collabscreen.matching;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Russian name in the BGN/PCGN romanisation ({@link Romanisation#cyrillicInLatin}), normalised, in the words its
 * English name uses where they are regular: РАН is the Russian Academy of Sciences and СО РАН its Siberian Branch;
 * a relative adjective of a name not otherwise known loses its ending ("Kurchatovskiy institut" is the Kurchatov
 * Institute, "Ural'skiy" Ural). Organisation and subject words fold in {@link InstitutionVocabulary}.
 */
final class RussianNames {

    private static final Map<String, String> ACADEMY_ABBREVIATIONS = Map.of(
            "ran", "russian academy of sciences",
            "so ran", "siberian branch ras",
            "uro ran", "ural branch ras",
            "dvo ran", "far east branch ras");

    /**
     * Adjectives of Russian cities whose English names are not the adjective's stem (GeoNames' English names):
     * "Nizhegorodskiy" is of Nizhny Novgorod, "Novosibirskiy" of Novosibirsk; "Voyenno-morskaya" is naval, "Sibirskiy"
     * Siberian.
     */
    private static final Map<String, String> PLACE_ADJECTIVES = Map.of(
            "nizhegorodskiy", "nizhny novgorod",
            "novosibirskiy", "novosibirsk",
            "tomskiy", "tomsk",
            "sankt peterburgskiy", "saint petersburg",
            "permskiy", "perm",
            "samarskiy", "samara",
            "voyenno morskaya", "naval",
            "voyenno morskoy", "naval",
            "sibirskiy", "siberian",
            "sibirskoye", "siberian");

    /**
     * Words whose English rendering is not one word for one: the conjunction и ("i", which is no word of the English
     * names) and radiotekhniki, "radio engineering".
     */
    private static final Map<String, String> WORDS = Map.of("i", "and", "radiotekhniki", "radio engineering");

    private static final Pattern PLACE_ADJECTIVE =
            Pattern.compile("\\b(" + String.join("|", PLACE_ADJECTIVES.keySet()) + ")\\b");

    private static final Pattern ABBREVIATION = Pattern.compile("\\b(so |uro |dvo )?ran\\b");

    /** The endings of Russian relative adjectives, as BGN/PCGN writes them (-ский, -ская, -ское, -ского). */
    private static final Pattern ADJECTIVE = Pattern.compile("^(\\p{L}{4,})sk(iy|aya|oye|ogo|ikh)$");

    private RussianNames() {}

    static String inEnglishWords(String normalised) {
        String placed = PLACE_ADJECTIVE
                .matcher(Eponyms.withoutInitials(normalised, true))
                .replaceAll(match -> PLACE_ADJECTIVES.get(match.group()));
        String spelt = ABBREVIATION
                .matcher(placed)
                .replaceAll(match -> ACADEMY_ABBREVIATIONS.get(match.group().strip()));
        StringBuilder out = new StringBuilder(spelt.length());
        for (String word : spelt.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String translated = WORDS.get(word);
            if (translated != null) {
                out.append(translated);
                continue;
            }
            var adjective = ADJECTIVE.matcher(word);
            boolean known = !InstitutionVocabulary.INSTANCE.canonical(word).equals(word);
            out.append(adjective.matches() && !known ? adjective.group(1) : word);
        }
        return out.toString();
    }
}
