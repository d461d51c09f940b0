package org.collabscreen.screening.engine;

import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.seed.SeedRulebook;
import org.collabscreen.support.TestSeed;
import org.collabscreen.vocabulary.RiskType;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the engine over random proposals: fresh each run, replayable from the seed a failure names. */
@ExtendWith(TestSeed.class)
class ScreeningEngineProperties {

    /**
     * A second snapshot of the same seed, built apart from the shared one (its matchers index the names again), once
     * for the class: building it for each of the 200 subjects spent most of the class's time on the same index.
     */
    private static final RulebookSnapshot REBUILT = SeedRulebook.snapshot(UnaryOperator.identity());

    private final ScreeningEngine engine = new ScreeningEngine();
    private final RulebookSnapshot rulebook = SeedRulebook.snapshot();

    static Stream<ScreeningSubject> subjects() {
        return RandomSubjects.stream(TestSeed.random("subjects"), 200);
    }

    static Stream<Arguments> subjectsWithOneMoreFactor() {
        RandomSubjects random = new RandomSubjects(TestSeed.random("subjectsWithOneMoreFactor"));
        return IntStream.range(0, 200).mapToObj(i -> Arguments.of(random.subject(), random.addition()));
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void scoresAreBoundedAndExplainedByFindings(ScreeningSubject subject) {
        Assessment assessment = engine.screen(subject, rulebook);

        for (RiskType type : RiskType.values()) {
            int score = type == RiskType.DUAL_USE
                    ? assessment.dualUse().score()
                    : assessment.talentProgramme().score();
            assertThat(score).isBetween(0, 100);
            assertThat(assessment.findings().stream()
                            .filter(f -> f.riskType() == type)
                            .mapToInt(Finding::points)
                            .sum())
                    .isEqualTo(score);
        }
        assertThat(assessment.findings()).allSatisfy(finding -> {
            assertThat(finding.sources()).isNotEmpty();
            assertThat(finding.ruleId()).isNotBlank();
            assertThat(finding.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(assessment.overallRisk())
                .isGreaterThanOrEqualTo(assessment.dualUse().level())
                .isGreaterThanOrEqualTo(assessment.talentProgramme().level());
    }

    @ParameterizedTest
    @MethodSource("subjects")
    void screeningIsDeterministic(ScreeningSubject subject) {
        assertThat(engine.screen(subject, rulebook))
                .isEqualTo(new ScreeningEngine().screen(subject, REBUILT))
                .isEqualTo(engine.screen(subject, rulebook.forOneScreening()));
    }

    @ParameterizedTest
    @MethodSource("subjectsWithOneMoreFactor")
    void addingARiskFactorNeverLowersAScore(ScreeningSubject subject, UnaryOperator<ScreeningSubject> addition) {
        Assessment before = engine.screen(subject, rulebook);
        Assessment after = engine.screen(addition.apply(subject), rulebook);

        assertThat(after.dualUse().score())
                .isGreaterThanOrEqualTo(before.dualUse().score());
        assertThat(after.talentProgramme().score())
                .isGreaterThanOrEqualTo(before.talentProgramme().score());
        assertThat(after.overallRisk()).isGreaterThanOrEqualTo(before.overallRisk());
    }
}
