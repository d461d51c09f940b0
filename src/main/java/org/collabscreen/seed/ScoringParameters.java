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
        p.add("THRESHOLD_MEDIUM", 25, "Score from which a risk is MEDIUM", null);
        p.add("THRESHOLD_HIGH", 50, "Score from which a risk is HIGH", null);
        p.add("THRESHOLD_CRITICAL", 75, "Score from which a risk is CRITICAL", null);
        p.add("TECHNOLOGY_CAP", 45, "Most points all technology findings together can add", null);
        p.add("INSTITUTION_CAP", 45, "Most points all institution findings together can add", null);
        p.add("LISTING_DOD_1286", 40, "Points for a current DoD Section 1286 listing", "US-DOD-NDAA25-238");
        p.add("LISTING_CA_NRO", 40, "Points for a Canada Named Research Organization", "CA-STRAC");
        p.add("LISTING_US_1260H", 35, "Points for a DoD Section 1260H Chinese military company", "US-1260H-805");
        p.add("LISTING_US_NDAA", 35, "Points for a company named in an NDAA exclusion", "US-DOD-DM-F4");
        p.add("LISTING_US_ENTITY_LIST", 35, "Points for a US Entity List party", "US-EL");
        p.add(
                "LISTING_ASPI_TRACKER",
                20,
                "Points for an ASPI tracker entry without a verified rating",
                "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_VERY_HIGH", 40, "Points for an ASPI 'very high risk' rating", "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_HIGH", 35, "Points for an ASPI 'high risk' rating", "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_MEDIUM", 20, "Points for an ASPI 'medium risk' rating", "AU-ASPI-RATING");
        p.add("LISTING_ASPI_TRACKER_LOW", 10, "Points for an ASPI 'low risk' rating", "AU-ASPI-RATING");
        p.add("LISTING_FORMER", 15, "Points for a listing that is no longer current", "US-DOW-DM-2026");
        p.add(
                "DESIGNATED_LISTING_MIN",
                35,
                "A listing worth at least this many points counts as a designation for combination rules",
                "CA-STRAC");
        p.add("PARENT_OF_LISTED", 20, "Points for the parent of listed sub-units", "US-DOD-DM-F4");
        p.add("COUNTRY_OF_CONCERN", 20, "Points for a partner in a country of concern", "US-DOD-DM-F2");
        p.add("FUNDING_COUNTRY_OF_CONCERN", 10, "Points for funding from a country of concern", "US-DOD-DM-F2");
        p.add(
                "AFFILIATION_FACTOR",
                100,
                "Percent of the listing points that a researcher affiliation or funder match carries",
                "CA-STRAC");
        p.add(
                "TALENT_PROGRAMME_DECLARED",
                60,
                "Points for declared participation in a listed talent programme",
                "US-CHIPS-MFTRP");
        p.add(
                "TALENT_PROGRAMME_DETECTED",
                50,
                "Points for a listed talent programme found in the text",
                "US-DOD-DM-F1");
        p.add("TALENT_PROGRAMME_UNLISTED", 10, "Points for a talent programme not on any list", "US-DOD-DM-F1");
        p.add(
                "UNLISTED_TALENT_PROGRAMME_CAP",
                20,
                "Most points that declared programmes not on any list add together (kept below MEDIUM)",
                null);
        p.add("MIN_MATCH_CONFIDENCE", 80, "Least similarity (percent) for a name match to count", null);
        p.add(
                "MIN_TECHNOLOGY_CONFIDENCE",
                50,
                "Least classifier confidence (percent) for a technology category to count as a finding",
                null);
        return List.copyOf(p.parameters);
    }

    private void add(String key, int value, String description, String ruleId) {
        ScreeningRules.Source source = ruleId == null ? null : rules.source(ruleId);
        parameters.add(new RulebookSeedData.Parameter(
                key, value, description, source == null ? null : source.name(), source == null ? null : source.url()));
    }
}
