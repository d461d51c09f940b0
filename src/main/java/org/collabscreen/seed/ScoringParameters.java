package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.List;

/** The scoring parameters (points, thresholds, caps, factors), each citing the framework rule it follows. */
final class ScoringParameters {

    private final ScreeningRules rules;
    private final List<RulebookSeedData.Parameter> parameters = new ArrayList<>();

    private ScoringParameters(ScreeningRules rules) {
        this.rules = rules;
    }

    static List<RulebookSeedData.Parameter> of(ScreeningRules rules) {
        ScoringParameters p = new ScoringParameters(rules);
        // Scores from which a risk is MEDIUM, HIGH, CRITICAL.
        p.add("THRESHOLD_MEDIUM", 25, null);
        p.add("THRESHOLD_HIGH", 50, null);
        p.add("THRESHOLD_CRITICAL", 75, null);
        // Most points all technology (institution) findings together can add.
        p.add("TECHNOLOGY_CAP", 45, null);
        p.add("INSTITUTION_CAP", 45, null);
        // Points for a current membership of each list; ASPI entries without a verified rating get the plain key.
        p.add("LISTING_DOD_1286", 40, "US-DOD-NDAA25-238");
        p.add("LISTING_CA_NRO", 40, "CA-STRAC");
        p.add("LISTING_US_1260H", 35, "US-1260H-805");
        p.add("LISTING_US_NDAA", 35, "US-DOD-DM-F4");
        p.add("LISTING_US_ENTITY_LIST", 35, "US-EL");
        p.add("LISTING_ASPI_TRACKER", 20, "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_VERY_HIGH", 40, "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_HIGH", 35, "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_MEDIUM", 20, "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_LOW", 10, "AU-ASPI-RATING");
        // A listing that is no longer current.
        p.add("LISTING_FORMER", 15, "US-DOW-DM-2026");
        // A listing worth at least this many points counts as a designation for combination rules.
        p.add("DESIGNATED_LISTING_MIN", 35, "CA-STRAC");
        p.add("PARENT_OF_LISTED", 20, "US-DOD-DM-F4");
        p.add("COUNTRY_OF_CONCERN", 20, "US-DOD-DM-F2");
        p.add("FUNDING_COUNTRY_OF_CONCERN", 10, "US-DOD-DM-F2");
        // Percent of the listing points that a researcher affiliation or funder match carries.
        p.add("AFFILIATION_FACTOR", 100, "CA-STRAC");
        // Declared participation in a listed programme, a listed programme found in the text, an unlisted one.
        p.add("TALENT_PROGRAMME_DECLARED", 60, "US-CHIPS-MFTRP");
        p.add("TALENT_PROGRAMME_DETECTED", 50, "US-DOD-DM-F1");
        p.add("TALENT_PROGRAMME_UNLISTED", 10, "US-DOD-DM-F1");
        // Most points that declared programmes not on any list add together (kept below MEDIUM).
        p.add("UNLISTED_TALENT_PROGRAMME_CAP", 20, null);
        // Least similarity, and least classifier confidence, in percent, for a name or technology match to count.
        p.add("MIN_MATCH_CONFIDENCE", 80, null);
        p.add("MIN_TECHNOLOGY_CONFIDENCE", 50, null);
        return List.copyOf(p.parameters);
    }

    private void add(String key, int value, String ruleId) {
        ScreeningRules.Source source = ruleId == null ? null : rules.source(ruleId);
        parameters.add(new RulebookSeedData.Parameter(
                key, value, source == null ? null : source.name(), source == null ? null : source.url()));
    }
}
