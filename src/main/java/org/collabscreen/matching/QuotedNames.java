package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listed name that gives a body's own name in quotes after its kind ("Concern “MPO—Gidropribor”", "National Research
 * Centre “Kurchatov Institute”"), as Russian names are written: the quoted name is a name of the body on its own, and so
 * is its last part after a dash, the brand a description leads to ("MPO—Gidropribor" is also "Gidropribor").
 */
final class QuotedNames {

    /** A quoted name after a capitalised word (the body's kind), not after an article ("a “Little Giant”"). */
    private static final Pattern QUOTED = Pattern.compile("\\p{Lu}\\p{L}*\\s+[“«\"]([^”»\"]{3,80})[”»\"]");

    private static final Pattern DASH = Pattern.compile("\\s*[—–-]\\s*");

    /** The shortest brand after a dash read as a name on its own: shorter ones are acronyms of other bodies. */
    private static final int MIN_BRAND = 6;

    private QuotedNames() {}

    /** The quoted names in a listed name, and their brands after a dash; empty when it quotes none. */
    static List<String> of(String name) {
        if (name.indexOf('“') < 0 && name.indexOf('«') < 0 && name.indexOf('"') < 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>(2);
        Matcher quoted = QUOTED.matcher(name);
        while (quoted.find()) {
            String own = quoted.group(1).strip();
            names.add(own);
            String[] parts = DASH.split(own);
            String brand = parts[parts.length - 1];
            if (parts.length > 1 && brand.length() >= MIN_BRAND && brand.indexOf(' ') < 0) {
                names.add(brand);
            }
        }
        return names;
    }
}
