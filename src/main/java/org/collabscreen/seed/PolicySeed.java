package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.List;

/** Watch lists, combination rules and mitigations, worded in short own words and citing their framework. */
final class PolicySeed {

    static final String ENTITY_LIST_URL = "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C"
            + "/part-744/appendix-Supplement%20No.%204%20to%20Part%20744";

    private final ScreeningRules rules;
    private final List<RulebookSeedData.Mitigation> mitigations = new ArrayList<>();

    PolicySeed(ScreeningRules rules) {
        this.rules = rules;
    }

    static List<RulebookSeedData.WatchList> watchLists() {
        return List.of(
                new RulebookSeedData.WatchList(
                        ListingSources.DOD_1286,
                        "US DoD Section 1286 list, Table 1",
                        "US Department of Defense",
                        "https://www.cto.mil/wp-content/uploads/2026/07/FY25-Section-1286-List.pdf",
                        "No DoD-funded fundamental research collaboration with institutions on the latest list."),
                new RulebookSeedData.WatchList(
                        ListingSources.CA_NRO,
                        "Canada Named Research Organizations",
                        "Government of Canada",
                        "https://science.gc.ca/site/science/en/safeguarding-your-research/guidelines-and-tools-implement-research-security/sensitive-technology-research-and-affiliations-concern/named-research-organizations",
                        "No federal funding for sensitive-technology research with researchers affiliated with it."),
                new RulebookSeedData.WatchList(
                        ListingSources.ASPI_TRACKER,
                        "ASPI China Defence Universities Tracker",
                        "Australian Strategic Policy Institute",
                        "https://unitracker.aspi.org.au/",
                        "Not a legal list: use its risk rating to target due diligence."),
                new RulebookSeedData.WatchList(
                        ListingSources.US_1260H,
                        "DoD Section 1260H Chinese military companies",
                        "US Department of Defense",
                        "https://media.defense.gov/2026/Jun/08/2003945537/-1/-1/1/ENTITIES-IDENTIFIED-AS-CHINESE-MILITARY-COMPANIES-OPERATING-IN-THE-UNITED-STATES.PDF",
                        "US defence contracting with listed companies is restricted."),
                new RulebookSeedData.WatchList(
                        ListingSources.US_NDAA,
                        "NDAA named-company exclusions (s.889, s.5949, s.154)",
                        "US Congress",
                        "https://www.congress.gov/115/plaws/publ232/PLAW-115publ232.pdf",
                        "US federal procurement of their products or services is barred."),
                new RulebookSeedData.WatchList(
                        ListingSources.US_ENTITY_LIST,
                        "US Commerce Entity List",
                        "US Department of Commerce, BIS",
                        ENTITY_LIST_URL,
                        "Export licence needed for items subject to the EAR, often presumed denied."));
    }

    List<RulebookSeedData.CombinationRule> combinationRules() {
        return List.of(
                rule(
                        "STRAC_SENSITIVE_WITH_DESIGNATED",
                        "DUAL_USE",
                        "SENSITIVE_TECHNOLOGY,DESIGNATED_INSTITUTION",
                        "HIGH",
                        "Sensitive technology with a partner on a designated list",
                        "CA-STRAC"),
                rule(
                        "DM_SENSITIVE_WITH_COUNTRY_OF_CONCERN",
                        "DUAL_USE",
                        "SENSITIVE_TECHNOLOGY,COUNTRY_OF_CONCERN",
                        "HIGH",
                        "Sensitive technology with a partner in a country of concern",
                        "US-DOD-DM-F2"),
                rule(
                        "SENSITIVE_DESIGNATED_IN_COUNTRY_OF_CONCERN",
                        "DUAL_USE",
                        "SENSITIVE_TECHNOLOGY,DESIGNATED_INSTITUTION,COUNTRY_OF_CONCERN",
                        "CRITICAL",
                        "Sensitive technology with a designated partner in a country of concern",
                        "US-DOD-DM-F4"),
                rule(
                        "TALENT_PROGRAMME_PARTICIPATION",
                        "TALENT_PROGRAMME",
                        "LISTED_TALENT_PROGRAMME",
                        "HIGH",
                        "Participation in a listed foreign talent programme",
                        "US-CHIPS-MFTRP"),
                rule(
                        "TALENT_PROGRAMME_WITH_SENSITIVE_TECHNOLOGY",
                        "TALENT_PROGRAMME",
                        "LISTED_TALENT_PROGRAMME,SENSITIVE_TECHNOLOGY",
                        "CRITICAL",
                        "Listed talent programme together with sensitive technology",
                        "US-DOD-DM-F1"),
                rule(
                        "BOTH_RISKS_HIGH",
                        "OVERALL",
                        "DUAL_USE_HIGH,TALENT_PROGRAMME_HIGH",
                        "CRITICAL",
                        "Both the dual-use and the talent-programme risk are high",
                        "US-DOD-POLICY"));
    }

    List<RulebookSeedData.Mitigation> mitigations() {
        mitigations.clear();
        add("SENSITIVE_TECHNOLOGY", "UK-TR", "Check export-control lists and get any licence needed before sharing.");
        add(
                "SENSITIVE_TECHNOLOGY",
                "UK-TR",
                "Agree contract terms that protect IP and limit access to sensitive results.");
        add("SENSITIVE_TECHNOLOGY", "NL-KS", "Record a knowledge-security risk analysis for the project.");
        add(
                "LISTED_INSTITUTION",
                "CA-STRAC",
                "End the affiliation, or leave the affiliated researcher out of the project.");
        add("LISTED_INSTITUTION", "US-DOD-DM-F4", "Agree a risk mitigation plan with the funder before the award.");
        add(
                "LISTED_INSTITUTION",
                "US-EL",
                "Check licence needs; the research exclusion covers only published results.");
        add("PARENT_OF_LISTED_INSTITUTION", "AU-ASPI-RATING", "Find out which sub-unit the partner is and check it.");
        add("PARENT_OF_LISTED_INSTITUTION", "AU-UFIT", "Do due diligence in proportion to the topic and partner.");
        add("COUNTRY_OF_CONCERN", "US-DOD-POLICY", "Report travel and give the team threat-awareness training.");
        add("COUNTRY_OF_CONCERN", "CA-NSGRP", "Complete the risk assessment and agree a risk mitigation plan.");
        add("COUNTRY_OF_CONCERN", "EU-RS-2024", "Apply due diligence and access controls that fit the risk.");
        add("FUNDING_SOURCE", "US-DOD-DM-F2", "Disclose all current and past foreign funding in the proposal.");
        add("FUNDING_SOURCE", "US-DOD-DM-F2", "Agree a mitigation plan for funding from a country of concern.");
        add("FUNDING_SOURCE", "EU-HE-22.5", "Check who owns and controls the funder and the partners.");
        add(
                "TALENT_PROGRAMME",
                "US-CHIPS-MFTRP",
                "Disclose and end participation: a malign programme cannot be mitigated.");
        add("TALENT_PROGRAMME", "US-DOD-DM-F1", "Agree a risk mitigation plan: end participation, disclose, report.");
        add("TALENT_PROGRAMME", "US-NSF-TRUST", "Review active appointments with the research security office.");
        add(
                "UNLISTED_TALENT_PROGRAMME",
                "US-CHIPS-MFTRP",
                "Check the programme against the CHIPS malign-programme criteria.");
        add(
                "UNLISTED_TALENT_PROGRAMME",
                "US-DOD-DM-F1",
                "Disclose the appointment and agree a mitigation plan if needed.");
        return List.copyOf(mitigations);
    }

    private RulebookSeedData.CombinationRule rule(
            String code, String riskType, String requires, String raisesTo, String description, String ruleId) {
        ScreeningRules.Source source = rules.source(ruleId);
        return new RulebookSeedData.CombinationRule(
                code, riskType, requires, raisesTo, description, source.name(), source.url());
    }

    private void add(String kind, String ruleId, String text) {
        int position = (int) mitigations.stream()
                        .filter(m -> m.findingKind().equals(kind))
                        .count()
                + 1;
        ScreeningRules.Source source = rules.source(ruleId);
        mitigations.add(new RulebookSeedData.Mitigation(kind, position, text, source.name(), source.url()));
    }
}
