package org.collabscreen.matching;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a name gives in brackets, as the campus of a university with several: "… (Wuhan)", "…（深圳）", or the city of
 * a company's subsidiary (中芯国际集成电路制造（北京）有限公司). Full-width brackets count as round ones: a Chinese name written
 * with ASCII brackets names the same place as its registered form with full-width ones.
 */
final class Campuses {

    private static final Pattern BRACKETED = Pattern.compile("[(（]([^()（）]{2,40})[)）]");

    private Campuses() {}

    /** The normalised one-word places given in round brackets; empty when there are none. */
    static Set<String> of(String name) {
        if (name.indexOf('(') < 0 && name.indexOf('（') < 0) {
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
