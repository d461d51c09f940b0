package org.collabscreen.screening.engine;

import java.util.List;
import java.util.Map;

import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.seed.SeedRulebook;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.RiskLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningEngineTests {

    private final ScreeningEngine engine = new ScreeningEngine();
    private final RulebookSnapshot rulebook = SeedRulebook.snapshot();

    @Test
    void parentOfListedSubUnitsInCountryOfConcernOnSensitiveTechnologyIsAtLeastHigh() {
        Assessment assessment =
                screen("Chinese Academy of Sciences", "CN", "Flexible electronics for wearable sensors");

        assertThat(assessment.overallRisk()).isIn(RiskLevel.HIGH, RiskLevel.CRITICAL);
        assertThat(kinds(assessment))
                .contains(
                        FindingKind.PARENT_OF_LISTED_INSTITUTION,
                        FindingKind.COUNTRY_OF_CONCERN,
                        FindingKind.SENSITIVE_TECHNOLOGY);
        assertThat(finding(assessment, FindingKind.SENSITIVE_TECHNOLOGY).ruleId())
                .isEqualTo("technology-category/FLEXIBLE_ELECTRONICS");
    }

    @Test
    void sensitiveTechnologyWithUnlistedPartnerOutsideCountriesOfConcernStaysAtMostMedium() {
        Assessment assessment = screen(
                "Universidad Autónoma de Madrid",
                "ES",
                "flexible electronics, semiconductor wafer lithography, machine learning and quantum computing");

        assertThat(assessment.overallRisk()).isIn(RiskLevel.LOW, RiskLevel.MEDIUM);
        assertThat(assessment.dualUse().score()).isLessThan(50);
    }

    @Test
    void listedPartnerOnNonSensitiveResearchIsMedium() {
        Assessment assessment = screen("Harbin Institute of Technology", "CN", "digitisation of medieval manuscripts");

        assertThat(assessment.overallRisk()).isEqualTo(RiskLevel.MEDIUM);
        // one source per seeded list: DoD 1286, Canada NRO, ASPI tracker, US Entity List
        assertThat(finding(assessment, FindingKind.LISTED_INSTITUTION).sources())
                .hasSize(4);
    }

    @Test
    void declaredTalentProgrammeWithSensitiveTechnologyIsCritical() {
        Assessment assessment = engine.screen(
                new ScreeningSubject(
                        "Universidad de Sevilla",
                        "ES",
                        "semiconductor lithography",
                        null,
                        null,
                        List.of(new ScreeningSubject.Researcher(
                                "Ana", List.of(), List.of("Recruitment Program of Global Talents"))),
                        List.of()),
                rulebook);

        assertThat(assessment.overallRisk()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(assessment.talentProgramme().level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(finding(assessment, FindingKind.TALENT_PROGRAMME).field())
                .isEqualTo("researchers[0].talentProgrammes[0]");
    }

    @Test
    void nothingOfConcernGivesLowWithoutFindings() {
        Assessment assessment = screen("University of Cambridge", "GB", "river pollution monitoring");

        assertThat(assessment.overallRisk()).isEqualTo(RiskLevel.LOW);
        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.mitigations()).isEmpty();
    }

    @Test
    void listedPartnerInCountryOfConcernOnSensitiveTechnologyIsCritical() {
        Assessment assessment = screen("Harbin Institute of Technology", "CN", "semiconductor lithography");

        assertThat(assessment.overallRisk()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(kinds(assessment)).contains(FindingKind.COMBINATION);
    }

    @Test
    void parentFindingIsWeakerThanListedSubUnitFinding() {
        Finding parent = finding(
                screen("Chinese Academy of Sciences", "CN", "history"), FindingKind.PARENT_OF_LISTED_INSTITUTION);
        Finding unit = finding(
                screen("Chinese Academy of Sciences – Institute of Physics", "CN", "history"),
                FindingKind.LISTED_INSTITUTION);

        assertThat(parent.points()).isPositive().isLessThan(unit.points());
    }

    @Test
    void researcherAffiliatedWithListedInstitutionIsAFinding() {
        Assessment assessment = engine.screen(
                new ScreeningSubject(
                        "Universidad de Sevilla",
                        "ES",
                        "quantum computing",
                        null,
                        null,
                        List.of(new ScreeningSubject.Researcher(
                                "Ana", List.of("Universidad de Sevilla", "Harbin Institute of Technology"), List.of())),
                        List.of()),
                rulebook);

        assertThat(finding(assessment, FindingKind.LISTED_INSTITUTION).field())
                .isEqualTo("researchers[0].affiliations[1]");
        assertThat(assessment.dualUse().level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void listedFunderIsAFundingSourceFinding() {
        Assessment assessment = engine.screen(
                new ScreeningSubject(
                        "Universidad de Sevilla",
                        "ES",
                        "history",
                        null,
                        null,
                        List.of(),
                        List.of(new ScreeningSubject.FundingSource("Harbin Institute of Technology", "CN"))),
                rulebook);

        assertThat(kinds(assessment)).contains(FindingKind.FUNDING_SOURCE, FindingKind.COUNTRY_OF_CONCERN);
        assertThat(finding(assessment, FindingKind.COUNTRY_OF_CONCERN).field()).isEqualTo("fundingSources[0].country");
    }

    @Test
    void undeclaredProgrammeMentionedInDescriptionIsDetected() {
        Assessment assessment = engine.screen(
                new ScreeningSubject(
                        "Universidad de Sevilla",
                        "ES",
                        "history",
                        null,
                        "The PI is a Thousand Talents Program fellow.",
                        List.of(),
                        List.of()),
                rulebook);

        assertThat(assessment.talentProgramme().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(finding(assessment, FindingKind.TALENT_PROGRAMME).field()).isEqualTo("description");
    }

    @Test
    void unknownDeclaredProgrammeIsFlaggedForReviewOnly() {
        Assessment assessment = engine.screen(
                new ScreeningSubject(
                        "Universidad de Sevilla",
                        "ES",
                        "history",
                        null,
                        null,
                        List.of(new ScreeningSubject.Researcher("Ana", List.of(), List.of("Some Visiting Fellowship"))),
                        List.of()),
                rulebook);

        assertThat(kinds(assessment)).containsExactly(FindingKind.UNLISTED_TALENT_PROGRAMME);
        assertThat(assessment.talentProgramme().level()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void wrongDeclaredCountryDoesNotHideAListedInstitution() {
        Assessment assessment = screen("Harbin Institute of Technology", "GB", "semiconductor lithography");

        Finding listed = finding(assessment, FindingKind.LISTED_INSTITUTION);
        assertThat(listed.title()).contains("listed in CN; the proposal says GB");
        assertThat(assessment.overallRisk()).isIn(RiskLevel.HIGH, RiskLevel.CRITICAL);
    }

    @Test
    void acronymOfAnInstitutionInAnotherCountryDoesNotMatch() {
        assertThat(screen("HIT", "IL", "history").findings()).isEmpty();
        assertThat(kinds(screen("HIT", "CN", "history"))).contains(FindingKind.LISTED_INSTITUTION);
    }

    @Test
    void manyUnlistedProgrammesStayLow() {
        List<String> fellowships = List.of(
                "Fulbright",
                "Marie Curie",
                "ERC Starting Grant",
                "Humboldt Fellowship",
                "Rhodes",
                "Fulbright",
                "  fulbright ",
                "Wellcome Trust",
                "Newton Fund");
        Assessment assessment = engine.screen(
                new ScreeningSubject(
                        "University of Cambridge",
                        "GB",
                        "river pollution monitoring",
                        null,
                        null,
                        List.of(new ScreeningSubject.Researcher("Ann", List.of(), fellowships)),
                        List.of()),
                rulebook);

        assertThat(assessment.overallRisk()).isEqualTo(RiskLevel.LOW);
        assertThat(assessment.findings()).hasSize(7);
    }

    @Test
    void strongerMatchOfTheSameRuleReplacesAWeakerOne() {
        Assessment weakFirst = engine.screen(
                new ScreeningSubject(
                        "Universidad de Sevilla",
                        "ES",
                        "history",
                        null,
                        null,
                        List.of(
                                new ScreeningSubject.Researcher(
                                        "A", List.of("Harbin Institue of Technology"), List.of()),
                                new ScreeningSubject.Researcher(
                                        "B", List.of("Harbin Institute of Technology"), List.of())),
                        List.of()),
                rulebook);

        Finding listed = finding(weakFirst, FindingKind.LISTED_INSTITUTION);
        assertThat(listed.confidence()).isEqualTo(1.0);
        assertThat(listed.field()).isEqualTo("researchers[1].affiliations[0]");
    }

    @Test
    void findingsPointsAddUpToTheScores() {
        Assessment assessment = screen("Harbin Institute of Technology", "CN", "semiconductor lithography");

        assertThat(assessment.findings().stream()
                        .filter(f -> f.riskType().name().equals("DUAL_USE"))
                        .mapToInt(Finding::points)
                        .sum())
                .isEqualTo(assessment.dualUse().score());
    }

    @Test
    void thresholdsComeFromTheRulebook() {
        RulebookSnapshot strict = SeedRulebook.snapshot(policy -> SeedRulebook.policy(Map.of("THRESHOLD_MEDIUM", 10)));

        Assessment assessment = engine.screen(
                new ScreeningSubject(
                        "Universidad de Sevilla",
                        "ES",
                        "history",
                        null,
                        null,
                        List.of(new ScreeningSubject.Researcher("Ana", List.of(), List.of("Some Visiting Fellowship"))),
                        List.of()),
                strict);

        assertThat(assessment.talentProgramme().level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void mitigationsFollowTheFindingKinds() {
        Assessment assessment = screen("Harbin Institute of Technology", "CN", "semiconductor lithography");

        assertThat(assessment.mitigations())
                .contains(
                        "Check export-control lists and get any licence needed before sharing.",
                        "End the affiliation, or leave the affiliated researcher out of the project.");
    }

    @Test
    void lookalikeLettersDoNotHideAListedInstitutionAndAreShownToTheReviewer() {
        Assessment spoofed = screen("H\u0430rb\u0456n Institute of Technology", "CN", "hypersonic propulsion");

        assertThat(spoofed.overallRisk()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(kinds(spoofed)).contains(FindingKind.LISTED_INSTITUTION, FindingKind.LOOKALIKE_CHARACTERS);
        Finding lookalike = finding(spoofed, FindingKind.LOOKALIKE_CHARACTERS);
        assertThat(lookalike.points()).isZero();
        assertThat(lookalike.field()).isEqualTo("institution");
        assertThat(lookalike.ruleId()).isEqualTo("screening-rule/LOOKALIKE_CHARACTERS");
        assertThat(lookalike.title()).contains("U+0430 CYRILLIC SMALL LETTER A");
        assertThat(lookalike.sources())
                .singleElement()
                .satisfies(source -> assertThat(source.url()).isEqualTo("https://www.unicode.org/reports/tr39/"));
        Assessment latin = screen("Harbin Institute of Technology", "CN", "hypersonic propulsion");
        assertThat(spoofed.dualUse()).isEqualTo(latin.dualUse());
        assertThat(kinds(latin)).doesNotContain(FindingKind.LOOKALIKE_CHARACTERS);
    }

    @Test
    void genuineNonLatinNamesGetNoLookalikeFinding() {
        for (String name :
                List.of("中国科学院", "哈尔滨工业大学", "Московский физико-технический институт", "دانشگاه صنعتی شریف")) {
            assertThat(kinds(screen(name, "CN", "hypersonic propulsion")))
                    .as(name)
                    .doesNotContain(FindingKind.LOOKALIKE_CHARACTERS);
        }
    }

    private Assessment screen(String institution, String country, String technologyArea) {
        return engine.screen(
                new ScreeningSubject(institution, country, technologyArea, null, null, List.of(), List.of()), rulebook);
    }

    private static List<FindingKind> kinds(Assessment assessment) {
        return assessment.findings().stream().map(Finding::kind).toList();
    }

    private static Finding finding(Assessment assessment, FindingKind kind) {
        return assessment.findings().stream()
                .filter(f -> f.kind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
