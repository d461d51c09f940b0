package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collabscreen.framework.Proposals.judge;
import static org.collabscreen.framework.Proposals.on;
import static org.collabscreen.framework.Proposals.programme;
import static org.collabscreen.framework.Proposals.proposal;
import static org.collabscreen.framework.Proposals.researcher;
import static org.collabscreen.framework.Proposals.support;
import static org.collabscreen.framework.Proposals.tie;
import static org.collabscreen.framework.Proposals.visiting;
import static org.collabscreen.framework.Proposals.with;

/** Each framework's logic against the seeded rulebook and framework editions, one behaviour per test. */
class FrameworkVerdictsTests {

    private static final FrameworkCode DOD = FrameworkCode.US_DOD_FUNDAMENTAL_RESEARCH;
    private static final String MANUSCRIPTS = "digitisation of medieval manuscripts";

    @Test
    void everySeededEditionSpeaksItsFrameworksVocabularyAndCitesSources() {
        Map<FrameworkCode, List<String>> vocabulary = Map.of(
                FrameworkCode.US_DOD_FUNDAMENTAL_RESEARCH,
                        List.of("PROHIBITED", "MITIGATION_REQUIRED", "MITIGATION_SUGGESTED", "NO_MITIGATION_NEEDED"),
                FrameworkCode.US_CHIPS_MFTRP, List.of("PROHIBITED", "DISCLOSURE_REQUIRED", "NO_CONCERN"),
                FrameworkCode.US_NIH,
                        List.of(
                                "MITIGATION_REQUIRED",
                                "MITIGATION_RECOMMENDED",
                                "MITIGATION_SUGGESTED",
                                "NOT_REQUIRED"),
                FrameworkCode.CA_STRAC, List.of("NOT_FUNDABLE", "FUNDABLE_WITH_ATTESTATIONS", "NOT_IN_SCOPE"),
                FrameworkCode.EU_HORIZON_ART_22_5, List.of("NOT_ELIGIBLE", "ELIGIBLE", "NOT_APPLICABLE"),
                FrameworkCode.UK_ATAS, List.of("CERTIFICATE_REQUIRED", "NOT_REQUIRED"),
                FrameworkCode.NL_KNOWLEDGE_SECURITY, List.of("SCREENING_REQUIRED", "NOT_IN_SCOPE"));

        List<FrameworkEditionRule> editions = SeedRulebook.frameworkEditions();

        for (FrameworkCode framework : FrameworkCode.values()) {
            List<FrameworkEditionRule> own = editions.stream()
                    .filter(edition -> edition.framework().equals(framework.name()))
                    .toList();
            assertThat(own).as(framework.name()).isNotEmpty();
            for (FrameworkEditionRule edition : own) {
                List<String> codes = edition.outcomes().stream()
                        .map(FrameworkEditionRule.Outcome::code)
                        .toList();
                assertThat(codes)
                        .as(edition.key())
                        .containsExactlyElementsOf(Stream.concat(
                                        vocabulary.get(framework).stream(), Stream.of(Verdict.INSUFFICIENT_INFORMATION))
                                .toList());
                assertThat(edition.sources())
                        .as(edition.key())
                        .allSatisfy(source -> assertThat(source.url()).startsWith("http"));
                assertThat(edition.clauses())
                        .as(edition.key())
                        .allSatisfy(clause -> assertThat(clause.url()).startsWith("http"));
            }
        }
    }

    @Test
    void dodReadsThe1286ListAtTheEditionInForceOnTheDecisionDate() {
        FrameworkFacts facts =
                proposal(DOD, "Chinese Academy of Sciences – Institute of Microelectronics", "CN", MANUSCRIPTS);

        Verdict fy25 = judge(facts);
        Verdict fy24 = judge(on(facts, LocalDate.of(2026, 6, 1)));

        assertThat(fy25.outcome()).isEqualTo("PROHIBITED");
        assertThat(fy25.reasons().get(0).text()).contains("FY25 of 2026-07-01");
        assertThat(fy24.outcome()).isNotEqualTo("PROHIBITED");
        assertThat(fy24.reasons().toString()).contains("not on the edition in force", "FY24");
    }

    @Test
    void dodAppliesTheEditionInForceSection238OnlyFromMay2025() {
        FrameworkFacts harbin = proposal(DOD, "Harbin Institute of Technology", "CN", MANUSCRIPTS);

        Verdict before = judge(on(harbin, LocalDate.of(2024, 1, 15)));
        Verdict after = judge(on(harbin, LocalDate.of(2025, 6, 1)));
        Verdict beforeAnyEdition = judge(on(harbin, LocalDate.of(2022, 1, 1)));

        assertThat(before.edition()).isEqualTo("2023-06");
        assertThat(before.outcome()).isIn("MITIGATION_REQUIRED", "INSUFFICIENT_INFORMATION");
        assertThat(after.edition()).isEqualTo("2025-05");
        assertThat(after.outcome()).isEqualTo("PROHIBITED");
        assertThat(beforeAnyEdition.edition()).isNull();
        assertThat(beforeAnyEdition.outcome()).isEqualTo("NO_MITIGATION_NEEDED");
        assertThat(beforeAnyEdition.reasons().get(0).text()).contains("No edition was in force");
    }

    @Test
    void dodCountsAPastAffiliationOnlyInsideTheFiveYearLookBackButReportsItEither() {
        FrameworkFacts recent = proposal(
                DOD,
                "University of Toronto",
                "CA",
                MANUSCRIPTS,
                researcher(
                        ResearcherRole.PI,
                        List.of(tie("Harbin Institute of Technology", "CN", "2018-01-01", "2023-06-30")),
                        List.of(),
                        List.of()));
        FrameworkFacts old = proposal(
                DOD,
                "University of Toronto",
                "CA",
                MANUSCRIPTS,
                researcher(
                        ResearcherRole.PI,
                        List.of(tie("Harbin Institute of Technology", "CN", "2010-01-01", "2020-06-30")),
                        List.of(),
                        List.of()));

        assertThat(judge(recent).outcome()).isEqualTo("MITIGATION_REQUIRED");
        Verdict outside = judge(old);
        assertThat(outside.outcome()).isEqualTo("NO_MITIGATION_NEEDED");
        assertThat(outside.reasons().get(0).text()).contains("2010-01-01 to 2020-06-30", "look-back");
    }

    @Test
    void dodProhibitsACurrentEmployeeOfA1286Institution() {
        Verdict verdict = judge(proposal(
                DOD,
                "University of Toronto",
                "CA",
                MANUSCRIPTS,
                researcher(
                        null,
                        List.of(tie("Harbin Institute of Technology", "CN", "2020-01-01", null)),
                        List.of(),
                        List.of())));

        assertThat(verdict.outcome()).isEqualTo("PROHIBITED");
        assertThat(verdict.reasons().get(0).field()).isEqualTo("researchers[0].affiliations[0]");
        assertThat(verdict.reasons().get(0).ruleId()).startsWith("institution/");
    }

    @Test
    void chipsProhibitsCurrentCompensatedParticipationInATable2Programme() {
        Verdict verdict = judge(proposal(
                FrameworkCode.US_CHIPS_MFTRP,
                "Universidad de Sevilla",
                "ES",
                "lithography",
                researcher(
                        null,
                        List.of(),
                        List.of(programme("Thousand Talents Plan", "2019-01-01", null, true)),
                        List.of())));

        assertThat(verdict.outcome()).isEqualTo("PROHIBITED");
        assertThat(verdict.actions().toString()).contains("certify");
    }

    @Test
    void chipsNeedsToKnowWhetherAProgrammeIsCompensated() {
        Verdict verdict = judge(proposal(
                FrameworkCode.US_CHIPS_MFTRP,
                "Universidad de Sevilla",
                "ES",
                "lithography",
                researcher(
                        ResearcherRole.PI,
                        List.of(),
                        List.of(programme("Thousand Talents Plan", null, null, null)),
                        List.of())));

        assertThat(verdict.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(verdict.missingInputs())
                .extracting(Verdict.MissingInput::field)
                .containsExactly("researchers[0].talentProgrammes[0].compensated");
    }

    @Test
    void chipsAsksOnlyForDisclosureOfEndedParticipationOrOfStudents() {
        Verdict ended = judge(proposal(
                FrameworkCode.US_CHIPS_MFTRP,
                "Universidad de Sevilla",
                "ES",
                "lithography",
                researcher(
                        ResearcherRole.PI,
                        List.of(),
                        List.of(programme("Thousand Talents Plan", "2015-01-01", "2018-12-31", true)),
                        List.of())));
        Verdict student = judge(proposal(
                FrameworkCode.US_CHIPS_MFTRP,
                "Universidad de Sevilla",
                "ES",
                "lithography",
                researcher(
                        ResearcherRole.STUDENT,
                        List.of(),
                        List.of(programme("Thousand Talents Plan", "2019-01-01", null, true)),
                        List.of())));

        assertThat(ended.outcome()).isEqualTo("DISCLOSURE_REQUIRED");
        assertThat(student.outcome()).isEqualTo("NO_CONCERN");
    }

    @Test
    void nihGradesUndisclosedSupportByCountry() {
        Verdict concern = judge(proposal(
                FrameworkCode.US_NIH,
                "MIT",
                "US",
                MANUSCRIPTS,
                researcher(
                        ResearcherRole.PI,
                        List.of(),
                        List.of(),
                        List.of(support("Shanghai science fund", "CN", false)))));
        Verdict other = judge(proposal(
                FrameworkCode.US_NIH,
                "MIT",
                "US",
                MANUSCRIPTS,
                researcher(ResearcherRole.PI, List.of(), List.of(), List.of(support("Wellcome Trust", "GB", false)))));
        Verdict disclosed = judge(proposal(
                FrameworkCode.US_NIH,
                "MIT",
                "US",
                MANUSCRIPTS,
                researcher(ResearcherRole.PI, List.of(), List.of(), List.of(support("Wellcome Trust", "GB", true)))));

        assertThat(concern.outcome()).isEqualTo("MITIGATION_REQUIRED");
        assertThat(other.outcome()).isEqualTo("MITIGATION_RECOMMENDED");
        assertThat(disclosed.outcome()).isEqualTo("NOT_REQUIRED");
    }

    @Test
    void stracIsNotInScopeWhenTheApplicantDeterminesNoSensitiveAreaOrBeforeThePolicy() {
        FrameworkFacts hypersonic = proposal(
                FrameworkCode.CA_STRAC,
                "University of Toronto",
                "CA",
                "hypersonic propulsion",
                researcher(
                        ResearcherRole.PI,
                        List.of(tie("Harbin Institute of Technology", "CN", "2020-01-01", null)),
                        List.of(),
                        List.of()));

        assertThat(judge(hypersonic).outcome()).isEqualTo("NOT_FUNDABLE");
        assertThat(judge(with(hypersonic, null, null, null, "NONE")).outcome()).isEqualTo("NOT_IN_SCOPE");
        Verdict before = judge(on(hypersonic, LocalDate.of(2024, 3, 1)));
        assertThat(before.outcome()).isEqualTo("NOT_IN_SCOPE");
        assertThat(before.edition()).isNull();
    }

    @Test
    void stracAsksNoAttestationOfAStudentAndCountsNroSupport() {
        Verdict student = judge(proposal(
                FrameworkCode.CA_STRAC,
                "University of Toronto",
                "CA",
                "hypersonic propulsion",
                researcher(
                        ResearcherRole.STUDENT,
                        List.of(tie("Harbin Institute of Technology", "CN", "2020-01-01", null)),
                        List.of(),
                        List.of())));
        Verdict funded = judge(proposal(
                FrameworkCode.CA_STRAC,
                "University of Toronto",
                "CA",
                "hypersonic propulsion",
                researcher(
                        ResearcherRole.PI,
                        List.of(Tie.named("University of Toronto")),
                        List.of(),
                        List.of(support("National University of Defense Technology", "CN", true)))));

        assertThat(student.outcome()).isEqualTo("FUNDABLE_WITH_ATTESTATIONS");
        assertThat(funded.outcome()).isEqualTo("NOT_FUNDABLE");
        assertThat(funded.reasons().toString()).contains("receives support from");
    }

    @Test
    void horizonPartnerEstablishedOutsideEligibleCountriesIsNotEligibleWhateverItsControl() {
        FrameworkFacts quantum =
                proposal(FrameworkCode.EU_HORIZON_ART_22_5, "Tsinghua University", "CN", "quantum computing");

        assertThat(judge(with(quantum, null, true, null, null)).outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(judge(with(quantum, null, false, null, null)).outcome()).isEqualTo("NOT_APPLICABLE");
        Verdict unknownTopic = judge(quantum);
        assertThat(unknownTopic.outcome()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(unknownTopic.missingInputs())
                .extracting(Verdict.MissingInput::field)
                .containsExactly("horizonFlaggedTopic");
    }

    @Test
    void atasRequiresACertificateOnlyOfNonExemptNationalsOnCoveredRoutes() {
        FrameworkFacts quantum = with(
                proposal(
                        FrameworkCode.UK_ATAS,
                        "University of Leeds",
                        "GB",
                        "quantum sensing",
                        Proposals.visiting("CN", "SKILLED_WORKER")),
                "GB",
                null,
                null,
                null);
        FrameworkFacts exempt = with(
                proposal(
                        FrameworkCode.UK_ATAS,
                        "University of Leeds",
                        "GB",
                        "quantum sensing",
                        visiting("FR", "SKILLED_WORKER")),
                "GB",
                null,
                null,
                null);
        FrameworkFacts noRoute = with(
                proposal(FrameworkCode.UK_ATAS, "University of Leeds", "GB", "quantum sensing", visiting("CN", null)),
                "GB",
                null,
                null,
                null);

        assertThat(judge(quantum).outcome()).isEqualTo("CERTIFICATE_REQUIRED");
        assertThat(judge(exempt).outcome()).isEqualTo("NOT_REQUIRED");
        assertThat(judge(noRoute).missingInputs())
                .extracting(Verdict.MissingInput::field)
                .containsExactly("researchers[0].visaRoute");
    }

    @Test
    void dutchBillIsSaidToBeADraftAndNeedsADutchInstitution() {
        FrameworkFacts ai =
                proposal(FrameworkCode.NL_KNOWLEDGE_SECURITY, "TU Delft", "NL", "machine learning for radar");
        FrameworkFacts abroad = with(
                proposal(FrameworkCode.NL_KNOWLEDGE_SECURITY, "ETH Zurich", "CH", "machine learning"),
                "DE",
                null,
                null,
                null);

        Verdict dutch = judge(ai);
        assertThat(dutch.outcome()).isEqualTo("SCREENING_REQUIRED");
        assertThat(dutch.outcomeText()).startsWith("Draft bill, not in force");
        assertThat(dutch.edition()).contains("DRAFT");
        assertThat(judge(abroad).outcome()).isEqualTo("NOT_IN_SCOPE");
    }
}
