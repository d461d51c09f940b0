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
    COMBINATION,
    /** A screened name uses another script's look-alike letters or mixes scripts in a word; it adds no points. */
    LOOKALIKE_CHARACTERS
}
