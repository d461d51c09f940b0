package org.collabscreen.matching.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * The matchers' quality gate: precision, recall and F1 on the held-out half of the labelled cases, against the seeded
 * rulebook, must stay at or above the thresholds below, each set just below the held-out figure it guards. Figures of
 * both halves are printed and written to {@code target/matching-evaluation.txt}. Tune on the development half only.
 * With {@code -Devaluation.cases=/folder} the cases in that folder (same file names) are evaluated and printed too,
 * without thresholds. Latency is measured by {@link MatchingBenchmark}, never here.
 */
@IntegrationTest
class MatchingEvaluationTests {

    // Held-out figures when these were set (./mvnw -B -ntp -q test -Dtest=MatchingEvaluationTests, 2026-12-01):
    // institutions P 0.984 R 0.961 F1 0.973 (TP 124, FP 2, FN 5); programmes P 1.000 R 0.927 F1 0.962 (TP 51, FN 4);
    // technology, micro-averaged over top-level labels, P 0.969 R 0.959 F1 0.964 (TP 185, FP 6, FN 8), of which text
    // not in English F1 0.989 (TP 87, FP 1, FN 1). Each threshold lets through one more error of its kind than that,
    // not two. Programme thresholds raised after the general rules of issue 15's second round (pinyin syllables,
    // young/youth, project; tuned on development cases only), which printed programmes P 1.000 R 1.000 (TP 55):
    // one miss is let through. Issue 15's targets: institutions P 0.97 R 0.95; programmes P 0.98 R 0.97;
    // technology F1 0.85, not in English 0.80.
    private static final double INSTITUTION_PRECISION = 0.97;
    private static final double INSTITUTION_RECALL = 0.95;
    private static final double INSTITUTION_F1 = 0.96;
    private static final double PROGRAMME_PRECISION = 0.98;
    private static final double PROGRAMME_RECALL = 0.98;
    private static final double PROGRAMME_F1 = 0.99;
    private static final double TECHNOLOGY_PRECISION = 0.96;
    private static final double TECHNOLOGY_RECALL = 0.95;
    private static final double TECHNOLOGY_F1 = 0.95;
    private static final double NON_ENGLISH_TECHNOLOGY_F1 = 0.97;

    @Autowired
    private RulebookSnapshots snapshots;

    @Test
    void heldOutFiguresStayAboveTheDocumentedThresholds() throws IOException {
        RulebookSnapshot seeded = snapshots.current();
        LabelledCases development = LabelledCases.development();
        LabelledCases heldOut = LabelledCases.heldOut();
        MatcherFigures tuning = MatcherFigures.of(seeded, development);
        MatcherFigures gate = MatcherFigures.of(seeded, heldOut);

        List<String> report = new ArrayList<>();
        report.addAll(tuning.summary("Development half (" + development.size() + " cases):"));
        report.addAll(gate.summary("Held-out half (" + heldOut.size() + " cases), gated:"));
        String folder = System.getProperty(LabelledCases.FOLDER_PROPERTY);
        MatcherFigures unseen = null;
        if (folder != null) {
            LabelledCases cases = LabelledCases.fromFolder(folder);
            unseen = MatcherFigures.of(seeded, cases);
            report.addAll(unseen.summary("Cases from " + folder + " (" + cases.size() + " cases), not gated:"));
        }
        report.add("");
        report.addAll(gate.errors("held-out half"));
        report.addAll(tuning.errors("development half"));
        if (unseen != null) {
            report.addAll(unseen.errors(folder));
        }
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "matching-evaluation.txt"), report);

        assertThat(heldOut.institutions()).isNotEmpty();
        assertThat(heldOut.programmes()).isNotEmpty();
        assertThat(heldOut.technology()).isNotEmpty();
        assertThat(heldOut.technology()).anyMatch(c -> !c.isEnglish());
        assertSoftly(softly -> {
            softly.assertThat(gate.institutions().precision())
                    .as("institution precision")
                    .isGreaterThanOrEqualTo(INSTITUTION_PRECISION);
            softly.assertThat(gate.institutions().recall())
                    .as("institution recall")
                    .isGreaterThanOrEqualTo(INSTITUTION_RECALL);
            softly.assertThat(gate.institutions().f1()).as("institution F1").isGreaterThanOrEqualTo(INSTITUTION_F1);
            softly.assertThat(gate.programmes().precision())
                    .as("programme precision")
                    .isGreaterThanOrEqualTo(PROGRAMME_PRECISION);
            softly.assertThat(gate.programmes().recall())
                    .as("programme recall")
                    .isGreaterThanOrEqualTo(PROGRAMME_RECALL);
            softly.assertThat(gate.programmes().f1()).as("programme F1").isGreaterThanOrEqualTo(PROGRAMME_F1);
            softly.assertThat(gate.technology().precision())
                    .as("technology micro precision")
                    .isGreaterThanOrEqualTo(TECHNOLOGY_PRECISION);
            softly.assertThat(gate.technology().recall())
                    .as("technology micro recall")
                    .isGreaterThanOrEqualTo(TECHNOLOGY_RECALL);
            softly.assertThat(gate.technology().f1()).as("technology micro F1").isGreaterThanOrEqualTo(TECHNOLOGY_F1);
            softly.assertThat(gate.nonEnglishTechnology().f1())
                    .as("technology micro F1, text not in English")
                    .isGreaterThanOrEqualTo(NON_ENGLISH_TECHNOLOGY_F1);
        });
    }
}
