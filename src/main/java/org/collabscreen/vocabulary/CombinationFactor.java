package org.collabscreen.vocabulary;

/** Facts about a proposal that combination rules can require, named as in the rulebook. */
public enum CombinationFactor {
    SENSITIVE_TECHNOLOGY,
    DESIGNATED_INSTITUTION,
    COUNTRY_OF_CONCERN,
    LISTED_TALENT_PROGRAMME,
    DUAL_USE_HIGH,
    TALENT_PROGRAMME_HIGH
}
