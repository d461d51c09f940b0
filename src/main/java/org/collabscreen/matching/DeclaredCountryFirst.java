package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A text that names listed bodies of two or more countries ("Tomsk Polytechnic University signed an agreement with
 * Harbin Engineering University"): the body of the declared country ranks first, as the declared country is the
 * submitter's statement about the partner; with no country declared, the body named first does. The hits are grouped by
 * their body's country, each group keeping its order (a unit above its parent), the declared country's group first and
 * the others by where their first hit is written (in the input or its Latin letters); only hits scoring at least {@link #STRONG} take part, so that a weak
 * reading of another country never displaces a name found whole.
 */
final class DeclaredCountryFirst {

    static final double STRONG = 0.9;

    private DeclaredCountryFirst() {}

    static List<BestHits.Hit<InstitutionEntry>> first(
            List<BestHits.Hit<InstitutionEntry>> ranked,
            String declared,
            Function<InstitutionEntry, String> countryOf,
            List<String> paddedReadings) {
        Map<String, Double> firstWritten = new HashMap<>();
        for (BestHits.Hit<InstitutionEntry> hit : ranked) {
            String country = countryOf.apply(hit.rule());
            if (hit.score() >= STRONG && country != null) {
                double at = country.equalsIgnoreCase(Objects.requireNonNullElse(declared, ""))
                        ? -1
                        : writtenAt(paddedReadings, hit.searched());
                firstWritten.merge(country, at, Math::min);
            }
        }
        if (firstWritten.size() < 2) {
            return ranked;
        }
        List<BestHits.Hit<InstitutionEntry>> strong = new ArrayList<>();
        List<BestHits.Hit<InstitutionEntry>> rest = new ArrayList<>();
        for (BestHits.Hit<InstitutionEntry> hit : ranked) {
            (hit.score() >= STRONG && firstWritten.containsKey(countryOf.apply(hit.rule())) ? strong : rest).add(hit);
        }
        strong.sort(Comparator.comparingDouble(hit -> firstWritten.get(countryOf.apply(hit.rule()))));
        strong.addAll(rest);
        return strong;
    }

    /**
     * Where the searched text is written, as a share of the reading it is found in: the input, or its Latin letters
     * (a Russian name is searched in Latin letters too); after every name when in neither.
     */
    private static double writtenAt(List<String> paddedReadings, String searched) {
        double first = 2;
        for (String reading : paddedReadings) {
            int at = NamedUnitsFirst.writtenAt(reading, searched);
            if (at != Integer.MAX_VALUE) {
                first = Math.min(first, at / (double) reading.length());
            }
        }
        return first;
    }
}
