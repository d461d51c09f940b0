package org.collabscreen.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lists name a unit by its parent's name, a dash or a comma, and the unit's own name ("Chinese Academy of Sciences
 * – Shanghai Institute of Microsystem and Information Technology", "Academy of Military Medical Sciences, Institute of
 * Radiation and Radiation Medicine"); the unit's own papers and addresses write its own name alone, or with the parent
 * after it. The part after the separator is also the unit's name, when the part before it is a listed entry's name and
 * the part after it is a name of its own: three words or more, one of them a place ("Shanghai …"), not a company's
 * legal form. A unit's name without its city ("Institute of Physics") is shared by bodies the world over, and names
 * this one only beside its parent. Worked out once per entry, when the rulebook is compiled.
 */
final class UnitsAfterTheirParents {

    private static final List<String> SEPARATORS = List.of(" – ", " — ", ", ");

    /** "Institute of Optics" is a unit's name; "Beijing Branch" or "Ltd." is not. */
    private static final int MIN_OWN_WORDS = 3;

    private final Set<String> listedNames = new HashSet<>();

    /** Files the normalised names every entry is listed under. */
    UnitsAfterTheirParents(List<InstitutionEntry> institutions) {
        institutions.forEach(rule -> listedNames.add(NameNormaliser.normalise(rule.name())));
    }

    /** The unit's own name, written after its listed parent's name; empty for any other name. */
    Optional<String> ownName(String name) {
        for (String separator : SEPARATORS) {
            int at = name.indexOf(separator);
            if (at <= 0) {
                continue;
            }
            String parent = NameNormaliser.normalise(name.substring(0, at));
            String own = name.substring(at + separator.length()).strip();
            String normalisedOwn = NameNormaliser.normalise(own);
            if (listedNames.contains(parent)
                    && normalisedOwn.split(" ").length >= MIN_OWN_WORDS
                    && namesAPlace(normalisedOwn)
                    && !LegalForms.isCompanyName(own)
                    && !Tokens.containsCjk(own)) {
                return Optional.of(own);
            }
        }
        return Optional.empty();
    }

    private static boolean namesAPlace(String normalised) {
        for (String word : normalised.split(" ")) {
            if (PlaceEvidence.isPlaceWord(word)) {
                return true;
            }
        }
        return false;
    }
}
