package org.collabscreen.vocabulary;

/**
 * The named parameters of the scoring policy that the engine reads. Points per list membership are keyed by the list
 * as well ({@link #listing}), so the rulebook can weigh a new list without a code change.
 */
public enum PolicyKey {
    /** Score from which a risk is MEDIUM. */
    THRESHOLD_MEDIUM,
    /** Score from which a risk is HIGH. */
    THRESHOLD_HIGH,
    /** Score from which a risk is CRITICAL. */
    THRESHOLD_CRITICAL,
    /** Least similarity, in percent, for a name match to count. */
    MIN_MATCH_CONFIDENCE,
    /** Least classifier confidence, in percent, for a technology match to count. */
    MIN_TECHNOLOGY_CONFIDENCE,
    /** Most points all technology findings together can add. */
    TECHNOLOGY_CAP,
    /** Most points all institution, country and funder findings together can add. */
    INSTITUTION_CAP,
    /** Most points declared programmes on no list add together. */
    UNLISTED_TALENT_PROGRAMME_CAP,
    /** Percent of the listing points that a researcher's affiliation or a funder match carries. */
    AFFILIATION_FACTOR,
    /** Points for the parent organisation of listed sub-units. */
    PARENT_OF_LISTED,
    /** A listing worth at least this many points makes the institution designated for combination rules. */
    DESIGNATED_LISTING_MIN,
    /** Points for a listing that is no longer current. */
    LISTING_FORMER,
    /** Points for a partner in a country of concern. */
    COUNTRY_OF_CONCERN,
    /** Points for funding from a country of concern. */
    FUNDING_COUNTRY_OF_CONCERN,
    /** Points for declared participation in a listed talent programme. */
    TALENT_PROGRAMME_DECLARED,
    /** Points for a listed talent programme found in the proposal's text. */
    TALENT_PROGRAMME_DETECTED,
    /** Points for a declared talent programme on no list. */
    TALENT_PROGRAMME_UNLISTED;

    /** The key of the points a current membership of a list earns, with the list's own rating where it has one. */
    public static String listing(String listCode, String rating) {
        return rating == null ? "LISTING_" + listCode : "LISTING_" + listCode + "_" + rating;
    }
}
