package org.collabscreen.rulebook;

import java.util.Set;

import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.CombinationScope;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * A rule that raises a risk to at least a level when several factors occur together.
 *
 * @param riskType the risk it raises, or the overall risk
 * @param requires the factors that must all be present, e.g. SENSITIVE_TECHNOLOGY, COUNTRY_OF_CONCERN
 * @param raisesTo the least level the risk then has: MEDIUM, HIGH or CRITICAL
 */
public record CombinationRule(
        String code,
        CombinationScope riskType,
        Set<CombinationFactor> requires,
        RiskLevel raisesTo,
        String description,
        RuleSource source) {

    public CombinationRule {
        requires = Set.copyOf(requires);
    }
}
