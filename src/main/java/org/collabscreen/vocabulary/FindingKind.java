package org.collabscreen.vocabulary;

/** What a finding is about. */
public enum FindingKind {
    SENSITIVE_TECHNOLOGY,
    LISTED_INSTITUTION,
    PARENT_OF_LISTED_INSTITUTION,
    COUNTRY_OF_CONCERN,
    FUNDING_SOURCE,
    TALENT_PROGRAMME,
    UNLISTED_TALENT_PROGRAMME,
    COMBINATION
}
