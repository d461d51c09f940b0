package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chinese writes a unit after its parent's name, and the parent by whichever of its names the writer uses: the listed
 * 军事医学科学院生物工程研究所 is also written 军事医学研究院生物工程研究所 and, since the Academy went under the Academy of
 * Military Sciences in 2017, 军事科学院军事医学研究院生物工程研究所. A unit's Han name that starts with one of its parent's
 * Han names is known after each of the parent's other Han names too. The parent's names are its own aliases and the
 * other names that end with one of them (itself written after its own parent); not its units' names, which other
 * names also files under it.
 */
final class UnitsAfterAnotherParentName {

    private UnitsAfterAnotherParentName() {}

    /** The unit's Han names after each other Han name of its parent; empty when none starts with a parent's name. */
    static List<String> of(List<String> unitNames, InstitutionEntry parent, List<String> parentsOtherNames) {
        if (parent == null) {
            return List.of();
        }
        List<String> own = new ArrayList<>();
        for (String alias : parent.aliases()) {
            if (isHan(alias)) {
                own.add(alias.strip());
            }
        }
        Set<String> parentNames = new LinkedHashSet<>(own);
        for (String other : parentsOtherNames) {
            if (isHan(other) && own.stream().anyMatch(name -> other.strip().endsWith(name))) {
                parentNames.add(other.strip());
            }
        }
        Set<String> named = new LinkedHashSet<>();
        for (String unitName : unitNames) {
            String unit = unitName.strip();
            for (String parentName : parentNames) {
                String rest = unit.startsWith(parentName) ? unit.substring(parentName.length()) : "";
                if (isHan(unit) && HanUnits.isUnitName(rest) && rest.length() > 2) {
                    parentNames.forEach(other -> named.add(other + rest));
                }
            }
        }
        unitNames.forEach(named::remove);
        return List.copyOf(named);
    }

    private static boolean isHan(String name) {
        return !name.isBlank() && name.strip().codePoints().allMatch(Character::isIdeographic);
    }
}
