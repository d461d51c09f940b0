package org.collabscreen.screening.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;
import org.collabscreen.rulebook.RuleSource;
import org.collabscreen.screening.FindingSource;

/** Turns rulebook sources into finding sources. */
final class Sources {

    private Sources() {}

    static FindingSource of(RuleSource source) {
        return new FindingSource(source.name(), source.url(), source.date());
    }

    static List<FindingSource> of(Collection<RuleSource> sources) {
        return of(new LinkedHashSet<>(sources));
    }

    private static List<FindingSource> of(Set<RuleSource> distinct) {
        List<FindingSource> converted = new ArrayList<>(distinct.size());
        for (RuleSource source : distinct) {
            converted.add(of(source));
        }
        return Collections.unmodifiableList(converted);
    }

    /** {@code of} the sources of the listings, without an intermediate list. */
    static List<FindingSource> ofListings(List<Listing> listings) {
        Set<RuleSource> distinct = new LinkedHashSet<>();
        for (Listing listing : listings) {
            distinct.add(listing.source());
        }
        return of(distinct);
    }

    /** {@code of} the sources of every listing of the units, in order. */
    static List<FindingSource> ofUnits(List<InstitutionRule> units) {
        Set<RuleSource> distinct = new LinkedHashSet<>();
        for (InstitutionRule unit : units) {
            for (Listing listing : unit.listings()) {
                distinct.add(listing.source());
            }
        }
        return of(distinct);
    }

    static List<FindingSource> of(Optional<RuleSource> source) {
        return source.map(Sources::of).map(List::of).orElse(List.of());
    }

    static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
