package org.collabscreen.matching;

/**
 * A body named in full and then, in a segment of its own, the acronym of the academy or group it belongs to ("Widget
 * Institute of Radio Physics, RAS", "Widget Aircraft Industrial (Group) Co., Ltd., AVIC"): the acronym matches
 * exactly and so scores above the body's name, matched with its eponym, legal form or rendering, yet the body is what
 * the affiliation names; the acronym says whose it is. The named body ranks above the acronym's body when it is listed
 * as one of its units, or, listed on its own, when its name is found almost whole.
 */
final class BodiesNamedBeforeAcronyms {

    /** How close to its listed name a body listed on its own must be found to rank above an acronym after it. */
    static final double ALMOST_WHOLE = 0.9;

    private BodiesNamedBeforeAcronyms() {}

    /**
     * Whether the named hit is found in a segment written before the one the acronym hit is a lone acronym in, by a
     * name rather than an acronym.
     */
    static boolean namedBefore(
            BestHits.Hit<InstitutionEntry> named, BestHits.Hit<InstitutionEntry> acronym, String paddedInput) {
        if (acronym.method() != MatchMethod.ACRONYM
                || named.method() == MatchMethod.ACRONYM
                || acronym.searched() == null
                || named.searched() == null
                || acronym.searched().contains(" ")
                || (" " + named.searched() + " ").contains(" " + acronym.searched() + " ")) {
            return false;
        }
        int namedAt = NamedUnitsFirst.writtenAt(paddedInput, named.searched());
        int acronymAt = NamedUnitsFirst.writtenAt(paddedInput, acronym.searched());
        return namedAt != Integer.MAX_VALUE && acronymAt != Integer.MAX_VALUE && namedAt < acronymAt;
    }
}
