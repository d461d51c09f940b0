package org.collabscreen.matching;

import java.util.List;
import java.util.Locale;

/**
 * An acronym in brackets right after a name, whose letters run in order through that name from its first letter
 * ("Name of Somewhere University (NSU)"), is the name's own acronym: it says nothing the name does not, and read on its
 * own it would name any other institution that shares it. An acronym that does not spell the name before it ("Institute
 * of Physics (CAS)") names another body, and stays an acronym.
 */
final class OwnAcronyms {

    private OwnAcronyms() {}

    /** Whether segment {@code i} of the input is written in brackets after segment {@code i - 1} and spells it. */
    static boolean spellsTheNameBefore(String input, List<String> segments, int i) {
        if (i == 0 || !Acronyms.isAcronym(segments.get(i))) {
            return false;
        }
        String name = segments.get(i - 1);
        String acronym = segments.get(i);
        int at = input.indexOf(name + " (" + acronym + ")");
        if (at < 0) {
            at = input.indexOf(name + "(" + acronym + ")");
        }
        return at >= 0 && spells(acronym.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
    }

    /** Whether the acronym's letters occur in order in the name, the first one starting it. */
    static boolean spells(String acronym, String name) {
        if (acronym.isEmpty() || name.isEmpty() || acronym.charAt(0) != name.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int k = 1; k < acronym.length(); k++) {
            at = name.indexOf(acronym.charAt(k), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
