package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.collabscreen.support.TestSeed;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the verdicts over random proposals: fresh each run, replayable from the seed a failure names. */
@ExtendWith(TestSeed.class)
class FrameworkVerdictsProperties {

    private final FrameworkVerdicts verdicts = new FrameworkVerdicts();
    private final RulebookSnapshot rulebook = SeedRulebook.withFrameworks();

    static Stream<FrameworkFacts> proposals() {
        return RandomFacts.stream(TestSeed.random("proposals"), 300);
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void everyVerdictSpeaksItsEditionsVocabularyAndIsDeterministic(FrameworkFacts facts) {
        List<Verdict> judged = verdicts.evaluate(facts, rulebook);

        assertThat(judged).extracting(Verdict::framework).containsExactlyElementsOf(facts.frameworks());
        assertThat(verdicts.evaluate(facts, rulebook)).isEqualTo(judged);
        assertThat(verdicts.evaluate(facts, rulebook.forOneScreening()))
                .as("through a one-screening view that keeps its look-ups")
                .isEqualTo(judged);
        for (Verdict verdict : judged) {
            List<String> vocabulary = vocabulary(verdict);
            assertThat(vocabulary).as(verdict.toString()).contains(verdict.outcome());
            assertThat(verdict.outcomeText()).isNotBlank();
            assertThat(verdict.level()).isNotNull();
            assertThat(verdict.reasons())
                    .allSatisfy(reason -> assertThat(reason.text()).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void aMissingFactNeverYieldsACleanAnswer(FrameworkFacts facts) {
        for (Verdict verdict : verdicts.evaluate(facts, rulebook)) {
            boolean insufficient = Verdict.INSUFFICIENT_INFORMATION.equals(verdict.outcome());
            assertThat(insufficient)
                    .as(verdict.toString())
                    .isEqualTo(!verdict.missingInputs().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("proposals")
    void aPartnerOnTheLatest1286ListIsProhibitedWhateverElseIsMissing(FrameworkFacts facts) {
        FrameworkFacts harbin = new FrameworkFacts(
                List.of(FrameworkCode.US_DOD_FUNDAMENTAL_RESEARCH),
                LocalDate.of(2026, 12, 1),
                "Harbin Institute of Technology",
                "CN",
                facts.technologyArea(),
                facts.title(),
                facts.description(),
                facts.researchers(),
                facts.fundingSources(),
                facts.hostCountry(),
                facts.horizonFlaggedTopic(),
                facts.partnerControlledFrom(),
                facts.straSubcategory());

        Verdict verdict = verdicts.evaluate(harbin, rulebook).get(0);

        assertThat(verdict.outcome()).isEqualTo("PROHIBITED");
        assertThat(verdict.missingInputs()).isEmpty();
    }

    private List<String> vocabulary(Verdict verdict) {
        return rulebook.frameworkEditions().stream()
                .filter(edition ->
                        edition.framework().equals(verdict.framework().name()))
                .filter(edition ->
                        verdict.edition() == null || edition.edition().equals(verdict.edition()))
                .flatMap(edition -> edition.outcomes().stream())
                .map(FrameworkEditionRule.Outcome::code)
                .toList();
    }
}
