package org.collabscreen.rulebook;

import java.util.Set;

/**
 * A rule that raises a risk to at least a level when several factors occur together.
 *
 * @param riskType DUAL_USE, TALENT_PROGRAMME or OVERALL
 * @param requires the factors that must all be present, e.g. SENSITIVE_TECHNOLOGY, COUNTRY_OF_CONCERN
 * @param raisesTo MEDIUM, HIGH or CRITICAL
 */
public record CombinationRule(String code, String riskType, Set<String> requires, String raisesTo,
                              String description, RuleSource source) {

    public CombinationRule {
        requires = Set.copyOf(requires);
    }
}
