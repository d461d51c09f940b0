package org.collabscreen.matching;

/**
 * "國立" (National) before a Chinese name is how Taiwan writes its national universities and institutes ("國立清華大學",
 * "國立中央大學"); the mainland never writes it, so such an input names a Taiwan institution that may share the rest of
 * its name with a mainland one. A mainland entry matches it only when one of its own names carries the prefix.
 */
final class TaiwanNationalNames {

    private static final String TRADITIONAL = "國立";
    private static final String SIMPLIFIED = "国立";

    private TaiwanNationalNames() {}

    /** Whether the input is a Taiwan national name and the entry a mainland one that is not written so. */
    static boolean differ(String input, InstitutionEntry entry) {
        if (!input.startsWith(TRADITIONAL) && !input.startsWith(SIMPLIFIED) || !"CN".equals(entry.country())) {
            return false;
        }
        if (carriesPrefix(entry.name())) {
            return false;
        }
        for (String alias : entry.aliases()) {
            if (carriesPrefix(alias)) {
                return false;
            }
        }
        return true;
    }

    private static boolean carriesPrefix(String name) {
        return name.contains(TRADITIONAL) || name.contains(SIMPLIFIED);
    }
}
