package org.collabscreen.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers programmes are named by (111, 5-100, 1000) are also sizes, quantities and addresses: "5-100 nm", "1000
 * Hz", "a 5-100 m sprint", "room 111", "No. 111", "bus 111", "the 111 Project building". A programme's number written
 * in figures right before a unit, right after a word that numbers a room, a house or a route, or before a scheme word
 * and a word for a building or a street, or in the clause of a bus or tram route, names that measure or place, not the
 * programme.
 */
final class MeasuresAndAddresses {

    private static final String NUMBER = "(?<![\\p{L}\\d-])(\\d[\\d,]*(?:\\s*[-–]\\s*\\d+)?)";

    /**
     * Units of length, frequency, mass, volume, power, pressure and data, as spec sheets and papers write them; not
     * those that are also words of a name's language ("da", "ma", "l'").
     */
    private static final Pattern UNIT_AFTER = Pattern.compile(NUMBER + "\\s*(?:nm|µm|μm|um|mm|cm|m|km|nanometers?"
            + "|nanometres?|micrometers?|micrometres?|meters?|metres?|kilometers?|kilometres?|hz|khz|mhz|ghz|thz|mg|g|kg"
            + "|µg|μg|ug|ml|w|kw|mw|v|kv|mah|rpm|ppm|ppb|bp|kb|mb|gb|tb|pa|kpa|mpa|°c|k|ms|ns|µs|μs|s|db|kda)"
            + "(?![\\p{L}\\d])");

    /** Words that number a room, a building, a house or a route, before the number ("Room 111", "No. 111"). */
    private static final Pattern ADDRESS_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:room|rm|building|bldg|block"
            + "|floor|suite|no\\.|nº|number|house|apt|apartment|unit|lot|gate|platform|route|bus|tram|line|highway|exit)"
            + "\\.?\\s*#?\\s*" + NUMBER + "(?![\\d])");

    /**
     * The number, then at most two words of the name (its scheme word in any language: "111 Project", "111-Projekt",
     * "1000 Talents plan"; or none: "Proyecto 111"), then a word for a building or a street ("… building", "… Road").
     */
    private static final Pattern PLACE_AFTER = Pattern.compile(NUMBER + "(?:[-\\s]+\\p{L}+){0,2}?\\s+(?:building|bldg"
            + "|road|rd|street|st|avenue|ave|lane|hall|tower|block|plaza|station|stop)(?![\\p{L}])");

    /** A route the clause speaks of: a number in it is the route's. */
    private static final Pattern ROUTE_CLAUSE = Pattern.compile(
            "(?<![\\p{L}])(?:bus|tram|trolleybus|metro|subway" + "|route|autobus|bus route)(?![\\p{L}])");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]|–—]");

    private static final Pattern FIGURES = Pattern.compile(NUMBER);

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /** Every number in figures that a listed name holds, without spaces or group commas ("5-100", "111"). */
    private final Set<String> numbers = new HashSet<>();

    MeasuresAndAddresses(List<String> names) {
        for (String name : names) {
            Matcher figures = FIGURES.matcher(name);
            while (figures.find()) {
                String number = bare(figures.group(1));
                // a year a name gives in brackets ("(2019 rebrand)") is no number of the programme's
                if (!YEAR.matcher(number).matches() && !Character.isLetter(after(name, figures.end()))) {
                    numbers.add(number);
                }
            }
        }
    }

    /** Whether the input writes a listed name's number as a measure or an address. */
    boolean named(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (holdsNumber(UNIT_AFTER.matcher(lower), 1) || holdsNumber(ADDRESS_BEFORE.matcher(lower), 1)) {
            return true;
        }
        if (holdsNumber(PLACE_AFTER.matcher(lower), 1)) {
            return true;
        }
        for (String clause : CLAUSE_BREAK.split(lower)) {
            if (ROUTE_CLAUSE.matcher(clause).find() && holdsNumber(FIGURES.matcher(clause), 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsNumber(Matcher matcher, int group) {
        while (matcher.find()) {
            if (isListed(matcher.group(group))) {
                return true;
            }
        }
        return false;
    }

    private boolean isListed(String number) {
        return number != null && numbers.contains(bare(number));
    }

    private static char after(String name, int end) {
        return end < name.length() ? name.charAt(end) : ' ';
    }

    private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s,]");

    private static String bare(String number) {
        return SPACES_AND_COMMAS.matcher(number).replaceAll("").replace('–', '-');
    }
}
