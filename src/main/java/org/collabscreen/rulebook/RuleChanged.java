package org.collabscreen.rulebook;

/**
 * One rule was created, replaced or retired; published in the change's transaction.
 *
 * @param action   RULE_CREATED, RULE_UPDATED or RULE_RETIRED
 * @param ruleKind the kind of rule, e.g. INSTITUTION
 * @param before   the rule before the change, or null
 * @param after    the rule after the change, or null when it was retired
 */
public record RuleChanged(String action, String ruleKind, String key, Object before, Object after) {}
