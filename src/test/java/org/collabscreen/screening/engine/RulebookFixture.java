package org.collabscreen.screening.engine;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.CombinationScope;
import org.collabscreen.vocabulary.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collabscreen.rulebook.CombinationRule;
import org.collabscreen.rulebook.CountryRule;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;
import org.collabscreen.rulebook.MitigationRule;
import org.collabscreen.rulebook.RuleSource;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.ScoringPolicy;
import org.collabscreen.rulebook.TalentProgrammeRule;
import org.collabscreen.rulebook.TechnologyCategoryRule;

/** A small rulebook of real entries with the seeded scoring policy, for engine tests. */
final class RulebookFixture {

    static final UUID HIT = UUID.nameUUIDFromBytes("HIT".getBytes());
    static final UUID CAS = UUID.nameUUIDFromBytes("CAS".getBytes());
    static final UUID CAS_CHEMISTRY = UUID.nameUUIDFromBytes("ICCAS".getBytes());
    static final UUID TTP = UUID.nameUUIDFromBytes("TTP".getBytes());
    private static final RuleSource DOD = new RuleSource("US DoD Section 1286 list FY25", "https://www.cto.mil/", "2025");
    private static final RuleSource NRO = new RuleSource("Canada Named Research Organizations", "https://science.gc.ca/", null);
    private static final RuleSource ASPI = new RuleSource("ASPI China Defence Universities Tracker", "https://unitracker.aspi.org.au/", null);
    private static final RuleSource POLICY = new RuleSource("DoD decision matrix (June 2023)", "https://media.defense.gov/", "2023-06-08");

    private RulebookFixture() {
    }

    static RulebookSnapshot snapshot() {
        return snapshot(policy(Map.of()));
    }

    static RulebookSnapshot snapshot(ScoringPolicy policy) {
        return new RulebookSnapshot(1, Instant.parse("2026-11-01T00:00:00Z"), institutions(), categories(),
                programmes(), countries(), policy);
    }

    static List<InstitutionRule> institutions() {
        return List.of(
                new InstitutionRule(HIT, "Harbin Institute of Technology", "CN", null,
                        List.of("HIT", "哈尔滨工业大学", "哈工大"),
                        List.of(listing("DOD_1286", "US DoD Section 1286 list", null, DOD),
                                listing("CA_NRO", "Canada Named Research Organizations", null, NRO))),
                new InstitutionRule(UUID.nameUUIDFromBytes("HEU".getBytes()), "Harbin Engineering University", "CN",
                        null, List.of("HEU", "哈尔滨工程大学"), List.of(listing("CA_NRO", "Canada Named Research Organizations", null, NRO))),
                new InstitutionRule(CAS, "Chinese Academy of Sciences", "CN", null, List.of("CAS", "中国科学院"), List.of()),
                new InstitutionRule(CAS_CHEMISTRY, "Institute of Chemistry, Chinese Academy of Sciences", "CN", CAS,
                        List.of("ICCAS", "中国科学院化学研究所"), List.of(listing("DOD_1286", "US DoD Section 1286 list", null, DOD))),
                new InstitutionRule(UUID.nameUUIDFromBytes("SCU".getBytes()), "Sichuan University", "CN", null,
                        List.of("SCU", "四川大学"), List.of(listing("ASPI_TRACKER", "ASPI China Defence Universities Tracker", "MEDIUM", ASPI))),
                new InstitutionRule(UUID.nameUUIDFromBytes("MIPT".getBytes()), "Moscow Institute of Physics and Technology",
                        "RU", null, List.of("MIPT"), List.of(listing("DOD_1286", "US DoD Section 1286 list", null, DOD))));
    }

    private static Listing listing(String code, String name, String rating, RuleSource source) {
        return new Listing(code, name, true, rating, "FY25", name, source);
    }

    static List<TechnologyCategoryRule> categories() {
        RuleSource annex = new RuleSource("Regulation (EU) 2021/821 Annex I", "https://eur-lex.europa.eu/", "2021-05-20");
        return List.of(
                new TechnologyCategoryRule("SEMICONDUCTORS", "Semiconductors and microelectronics", null, 35,
                        List.of("lithography", "integrated circuit", "wafer", "semiconductor"), "Cat 3", annex),
                new TechnologyCategoryRule("FLEXIBLE_ELECTRONICS", "Flexible electronics", "SEMICONDUCTORS", 35,
                        List.of("flexible electronics", "wearable sensor", "printed electronics"), "Cat 3", annex),
                new TechnologyCategoryRule("AI", "Artificial intelligence", null, 35,
                        List.of("machine learning", "neural network"), "CET 2024", annex),
                new TechnologyCategoryRule("QUANTUM", "Quantum technologies", null, 35,
                        List.of("quantum computing", "quantum sensing"), "CET 2024", annex));
    }

    static List<TalentProgrammeRule> programmes() {
        RuleSource source = new RuleSource("DoD Section 1286 Table 2", "https://www.cto.mil/", "FY25");
        return List.of(
                new TalentProgrammeRule(TTP, "TP-CN-TTP", "Thousand Talents Plan", null, "CN",
                        List.of("Thousand Talents Program", "Recruitment Program of Global Talents", "千人计划"), source),
                new TalentProgrammeRule(UUID.nameUUIDFromBytes("CJ".getBytes()), "TP-CN-CJ", "Changjiang Scholars Program",
                        null, "CN", List.of("长江学者奖励计划"), source));
    }

    static List<CountryRule> countries() {
        RuleSource chips = new RuleSource("CHIPS and Science Act s.10612", "https://research.umd.edu/chips", null);
        return List.of(
                new CountryRule("CN", "China", List.of(new CountryRule.Designation("foreign country of concern", chips))),
                new CountryRule("RU", "Russia", List.of(new CountryRule.Designation("foreign country of concern", chips))),
                new CountryRule("IR", "Iran", List.of(new CountryRule.Designation("foreign country of concern", chips))));
    }

    /** The seeded policy, with some parameters replaced. */
    static ScoringPolicy policy(Map<String, Integer> overrides) {
        Map<String, Integer> parameters = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("THRESHOLD_MEDIUM", 25), Map.entry("THRESHOLD_HIGH", 50), Map.entry("THRESHOLD_CRITICAL", 75),
                Map.entry("TECHNOLOGY_CAP", 45), Map.entry("INSTITUTION_CAP", 45),
                Map.entry("LISTING_DOD_1286", 40), Map.entry("LISTING_CA_NRO", 40), Map.entry("LISTING_US_1260H", 35),
                Map.entry("LISTING_ASPI_TRACKER", 20), Map.entry("LISTING_ASPI_TRACKER_VERY_HIGH", 40),
                Map.entry("LISTING_ASPI_TRACKER_HIGH", 35), Map.entry("LISTING_ASPI_TRACKER_MEDIUM", 20),
                Map.entry("LISTING_FORMER", 15), Map.entry("DESIGNATED_LISTING_MIN", 35),
                Map.entry("PARENT_OF_LISTED", 20), Map.entry("COUNTRY_OF_CONCERN", 20),
                Map.entry("FUNDING_COUNTRY_OF_CONCERN", 10), Map.entry("AFFILIATION_FACTOR", 100),
                Map.entry("TALENT_PROGRAMME_DECLARED", 60), Map.entry("TALENT_PROGRAMME_DETECTED", 50),
                Map.entry("TALENT_PROGRAMME_UNLISTED", 10), Map.entry("UNLISTED_TALENT_PROGRAMME_CAP", 20),
                Map.entry("MIN_MATCH_CONFIDENCE", 80),
                Map.entry("MIN_TECHNOLOGY_CONFIDENCE", 50)));
        parameters.putAll(overrides);
        List<CombinationRule> rules = List.of(
                rule("STRAC_SENSITIVE_WITH_DESIGNATED", "DUAL_USE", "HIGH", "SENSITIVE_TECHNOLOGY", "DESIGNATED_INSTITUTION"),
                rule("DM_SENSITIVE_WITH_COUNTRY_OF_CONCERN", "DUAL_USE", "HIGH", "SENSITIVE_TECHNOLOGY", "COUNTRY_OF_CONCERN"),
                rule("SENSITIVE_DESIGNATED_IN_COUNTRY_OF_CONCERN", "DUAL_USE", "CRITICAL", "SENSITIVE_TECHNOLOGY",
                        "DESIGNATED_INSTITUTION", "COUNTRY_OF_CONCERN"),
                rule("TALENT_PROGRAMME_PARTICIPATION", "TALENT_PROGRAMME", "HIGH", "LISTED_TALENT_PROGRAMME"),
                rule("TALENT_PROGRAMME_WITH_SENSITIVE_TECHNOLOGY", "TALENT_PROGRAMME", "CRITICAL", "LISTED_TALENT_PROGRAMME",
                        "SENSITIVE_TECHNOLOGY"),
                rule("BOTH_RISKS_HIGH", "OVERALL", "CRITICAL", "DUAL_USE_HIGH", "TALENT_PROGRAMME_HIGH"));
        Map<String, List<MitigationRule>> mitigations = Map.of(
                "SENSITIVE_TECHNOLOGY", List.of(new MitigationRule("SENSITIVE_TECHNOLOGY", "Check export-control classification.", POLICY)),
                "LISTED_INSTITUTION", List.of(new MitigationRule("LISTED_INSTITUTION", "Do not proceed without a risk mitigation plan.", POLICY)),
                "TALENT_PROGRAMME", List.of(new MitigationRule("TALENT_PROGRAMME", "Require disclosure and end of participation.", POLICY)));
        return new ScoringPolicy(parameters, Map.of("TALENT_PROGRAMME_UNLISTED", POLICY), rules, mitigations);
    }

    private static CombinationRule rule(String code, String riskType, String raisesTo, String... requires) {
        return new CombinationRule(code, CombinationScope.valueOf(riskType),
                Arrays.stream(requires).map(CombinationFactor::valueOf).collect(Collectors.toSet()),
                RiskLevel.valueOf(raisesTo), code.replace('_', ' ').toLowerCase(), POLICY);
    }
}
