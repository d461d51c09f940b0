package org.collabscreen.matching;

import java.util.Optional;

/**
 * A listed unit is also written with its parent after it, as the English names of Chinese universities' hospitals and
 * schools are ("West China Hospital of Sichuan University" for 四川大学华西医院): the unit's name, "of", the parent's.
 * Worked out once per entry, when the rulebook is compiled; a company and its group are named otherwise.
 */
final class UnitOfParentNames {

    private UnitOfParentNames() {}

    /** The unit's name followed by its parent's; empty without a parent, for companies and for names in Han. */
    static Optional<String> of(InstitutionEntry unit, InstitutionEntry parent) {
        if (parent == null
                || Tokens.containsCjk(unit.name())
                || Tokens.containsCjk(parent.name())
                || LegalForms.isCompanyName(unit.name())
                || LegalForms.isCompanyName(parent.name())) {
            return Optional.empty();
        }
        String unitName = NameNormaliser.normalise(unit.name());
        String parentName = NameNormaliser.normalise(parent.name());
        return unitName.contains(parentName) ? Optional.empty() : Optional.of(unit.name() + " of " + parent.name());
    }
}
