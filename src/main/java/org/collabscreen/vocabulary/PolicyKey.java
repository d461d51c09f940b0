package org.collabscreen.vocabulary;

/**
 * The named parameters of the scoring policy that the engine reads. Points per list membership are keyed by the list
 * as well ({@link #listing}), so the rulebook can weigh a new list without a code change.
 */
public enum PolicyKey {
    THRESHOLD_MEDIUM,
    THRESHOLD_HIGH,
    THRESHOLD_CRITICAL,
    MIN_MATCH_CONFIDENCE,
    MIN_TECHNOLOGY_CONFIDENCE,
    TECHNOLOGY_CAP,
    INSTITUTION_CAP,
    UNLISTED_TALENT_PROGRAMME_CAP,
    AFFILIATION_FACTOR,
    PARENT_OF_LISTED,
    DESIGNATED_LISTING_MIN,
    LISTING_FORMER,
    COUNTRY_OF_CONCERN,
    FUNDING_COUNTRY_OF_CONCERN,
    TALENT_PROGRAMME_DECLARED,
    TALENT_PROGRAMME_DETECTED,
    TALENT_PROGRAMME_UNLISTED;

    /** The key of the points a current membership of a list earns, with the list's own rating where it has one. */
    public static String listing(String listCode, String rating) {
        return rating == null ? "LISTING_" + listCode : "LISTING_" + listCode + "_" + rating;
    }
}
