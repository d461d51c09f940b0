package org.collabscreen.matching;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The countries a text names places of: countries, their demonyms, cities, states and research bodies named for their
 * country ("Helsinki", "Czech Academy of Sciences", "TU Wien"), read from {@code matching/places.tsv}, which keeps the
 * source of each. Up to three consecutive words make one place ("new delhi", "nizhny novgorod").
 */
final class PlaceEvidence {

    private static final int MAX_WORDS = 3;
    private static final Map<String, String> PLACES = load();
    /** The places of names and affiliations read already: the same ones come back in screening after screening. */
    private static final TextMemo<Set<String>> NAMED = new TextMemo<>(4_096, 128);

    private static final Set<String> FIRST_WORDS =
            PLACES.keySet().stream().map(place -> place.split(" ", 2)[0]).collect(Collectors.toUnmodifiableSet());

    /** The places named in one word, and China's provincial-level divisions ({@link ChineseProvinces}). */
    private static final Set<String> ONE_WORD_PLACES = oneWordPlaces();

    private PlaceEvidence() {}

    /**
     * Whether a normalised word is the name of a place: one edit turns Henan into Hunan and Hebei into Hefei, so a word
     * that is a place is no typo of another place ({@link TokenSetScorer}).
     */
    static boolean isPlaceWord(String word) {
        return ONE_WORD_PLACES.contains(word);
    }

    private static Set<String> oneWordPlaces() {
        Set<String> words = new HashSet<>(ChineseProvinces.PINYIN);
        PLACES.keySet().stream().filter(place -> place.indexOf(' ') < 0).forEach(words::add);
        return Set.copyOf(words);
    }

    /** ISO alpha-2 codes of the places named in the text; empty when it names none. */
    static Set<String> countries(String text) {
        return countriesIn(NameNormaliser.normalise(text));
    }

    /**
     * The same, of text already normalised ({@link NameNormaliser#normalise}): single spaces between words, so each run
     * of up to three words is a substring, looked up only when its first word begins a place.
     */
    static Set<String> countriesIn(String normalised) {
        if (normalised.isEmpty()) {
            return Set.of();
        }
        return NAMED.get(normalised, PlaceEvidence::placesIn);
    }

    /** {@link #countriesIn} worked out afresh, without the memo. */
    static Set<String> placesIn(String normalised) {
        Set<String> countries = null;
        int start = 0;
        while (start < normalised.length()) {
            int end = wordEnd(normalised, start);
            if (FIRST_WORDS.contains(normalised.substring(start, end))) {
                for (int n = 0; n < MAX_WORDS; n++) {
                    String country = PLACES.get(normalised.substring(start, end));
                    if (country != null) {
                        if (countries == null) {
                            countries = new TreeSet<>();
                        }
                        countries.add(country);
                    }
                    if (end == normalised.length()) {
                        break;
                    }
                    end = wordEnd(normalised, end + 1);
                }
            }
            start = wordEnd(normalised, start) + 1;
        }
        return countries == null ? Set.of() : Collections.unmodifiableSet(countries);
    }

    /**
     * Whether a normalised segment names a place and nothing else but numbers ("chongqing 400715", "moscow"): an address
     * line, not an organisation.
     */
    static boolean isOnlyPlace(String normalised) {
        String words = normalised;
        int end = words.length();
        while (end > 0) {
            int space = words.lastIndexOf(' ', end - 1);
            if (!Tokens.isNumeric(words.substring(space + 1, end))) {
                break;
            }
            end = Math.max(space, 0);
        }
        return end > 0 && PLACES.containsKey(words.substring(0, end));
    }

    private static int wordEnd(String normalised, int from) {
        int space = normalised.indexOf(' ', from);
        return space < 0 ? normalised.length() : space;
    }

    private static Map<String, String> load() {
        Map<String, String> places = new HashMap<>();
        for (String[] cells : TsvResource.rows("/matching/places.tsv", 3, "a place, its country and a source")) {
            places.put(NameNormaliser.normalise(cells[0]), cells[1].strip());
        }
        return Map.copyOf(places);
    }
}
