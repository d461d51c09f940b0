package org.collabscreen.matching;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The places a name gives in brackets, as the campus of a university with several: "… (Wuhan)", "…（深圳）" aside. */
final class Campuses {

    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{2,40})\\)");

    private Campuses() {}

    /** The normalised one-word places given in round brackets; empty when there are none. */
    static Set<String> of(String name) {
        if (name.indexOf('(') < 0) {
            return Set.of();
        }
        Set<String> places = null;
        Matcher matcher = BRACKETED.matcher(name);
        while (matcher.find()) {
            String place = NameNormaliser.normalise(matcher.group(1));
            if (PlaceEvidence.isPlaceWord(place)) {
                if (places == null) {
                    places = new TreeSet<>();
                }
                places.add(place);
            }
        }
        return places == null ? Set.of() : places;
    }
}
