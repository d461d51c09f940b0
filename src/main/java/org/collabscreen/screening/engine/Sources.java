package org.collabscreen.screening.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.collabscreen.rulebook.RuleSource;
import org.collabscreen.screening.FindingSource;

/** Turns rulebook sources into finding sources. */
final class Sources {

    private Sources() {}

    static FindingSource of(RuleSource source) {
        return new FindingSource(source.name(), source.url(), source.date());
    }

    static List<FindingSource> of(Collection<RuleSource> sources) {
        return sources.stream().distinct().map(Sources::of).toList();
    }

    static List<FindingSource> of(Optional<RuleSource> source) {
        return source.map(Sources::of).map(List::of).orElse(List.of());
    }

    static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
