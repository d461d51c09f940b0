package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The countries a text names places of: countries, their demonyms, cities, states and research bodies named for their
 * country ("Helsinki", "Czech Academy of Sciences", "TU Wien"), read from {@code matching/places.tsv}, which keeps the
 * source of each. Up to three consecutive words make one place ("new delhi", "nizhny novgorod").
 */
final class PlaceEvidence {

    private static final int MAX_WORDS = 3;
    private static final Map<String, String> PLACES = load();

    private PlaceEvidence() {}

    /** ISO alpha-2 codes of the places named in the text; empty when it names none. */
    static Set<String> countries(String text) {
        return countriesIn(NameNormaliser.normalise(text));
    }

    /** The same, of text already normalised ({@link NameNormaliser#normalise}). */
    static Set<String> countriesIn(String normalised) {
        String[] tokens = Tokens.split(normalised);
        Set<String> countries = new TreeSet<>();
        for (int i = 0; i < tokens.length; i++) {
            StringBuilder words = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < tokens.length; n++) {
                if (n > 0) {
                    words.append(' ');
                }
                words.append(tokens[i + n]);
                String country = PLACES.get(words.toString());
                if (country != null) {
                    countries.add(country);
                }
            }
        }
        return countries;
    }

    private static Map<String, String> load() {
        try (InputStream in = PlaceEvidence.class.getResourceAsStream("/matching/places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("matching/places.tsv is missing");
            }
            Map<String, String> places = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(cells -> places.put(NameNormaliser.normalise(cells[0]), cells[1].strip()));
            return Map.copyOf(places);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
