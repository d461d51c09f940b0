package org.collabscreen.matching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A name read in a sentence that ends with the city it is in, which the listed name does not hold: "Universidad de
 * Zhejiang de Hangzhou", "Università Tongji di Shanghai", "Tongji-Universität Shanghai". The name without its last word
 * when that word is a place ({@link PlaceEvidence}), and without the preposition before it.
 */
final class TrailingPlaces {

    private TrailingPlaces() {}

    /** The words before a final place and its preposition (one of {@code joining} or {@code placing}), if any. */
    static Optional<List<String>> without(List<String> name, Set<String> joining, Set<String> placing) {
        if (name.size() < 2
                || PlaceEvidence.countries(name.get(name.size() - 1)).isEmpty()) {
            return Optional.empty();
        }
        int end = name.size() - 1;
        String before = name.get(end - 1).toLowerCase(Locale.ROOT);
        if (joining.contains(before) || placing.contains(before)) {
            end--;
        }
        return end == 0 ? Optional.empty() : Optional.of(name.subList(0, end));
    }
}
