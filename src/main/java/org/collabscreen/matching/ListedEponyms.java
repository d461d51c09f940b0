package org.collabscreen.matching;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Listed Russian names say whom the body is named after ("Ural Federal University named after B.N. Yeltsin, the First
 * President of Russia", "Institute of Physics Named After P.N. Lebedev of the Russian Academy of Sciences"), which
 * affiliations mostly leave out ("Ural Federal University"). A name that ends with the eponym phrase (the words "named
 * after", the person's titles, initials and surname, and an apposition that describes the person: ", the First
 * President of Russia") is also known without it. Not one that goes on after it ("… of the Russian Academy of
 * Sciences"): without the person, "Institute of Physics of the Russian Academy of Sciences" could be any of the
 * Academy's physics institutes.
 */
final class ListedEponyms {

    private static final Pattern NAMED_AFTER = Pattern.compile("(?i)\\bnamed after\\b");
    /** A comma, then a description of the person to the next comma or the end. */
    private static final Pattern APPOSITION = Pattern.compile("(?i)^,\\s*the\\s[^,]*");

    private ListedEponyms() {}

    /** The listed name without its eponym phrase, normalised; empty when it names no one so. */
    static Optional<String> withoutEponym(String name) {
        var named = NAMED_AFTER.matcher(name);
        if (!named.find()) {
            return Optional.empty();
        }
        int comma = name.indexOf(',', named.end());
        String phrase = comma < 0 ? name : name.substring(0, comma);
        String rest = comma < 0 ? "" : APPOSITION.matcher(name.substring(comma)).replaceFirst("");
        String kept = Eponyms.withoutEponym(NameNormaliser.normalise(phrase));
        String before = NameNormaliser.normalise(phrase.substring(0, named.start()));
        if (kept.equals(NameNormaliser.normalise(phrase)) || before.isEmpty()) {
            return Optional.empty();
        }
        String after = kept.substring(Math.min(kept.length(), before.length())).strip();
        if (!after.isEmpty() || !NameNormaliser.normalise(rest).isEmpty()) {
            return Optional.empty();
        }
        return before.indexOf(' ') > 0 ? Optional.of(before) : Optional.empty();
    }
}
