package org.collabscreen.casework;

import java.util.List;

import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.framework.Verdict;
import org.collabscreen.vocabulary.RiskLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a changed verdict when a later screening is compared with the one a decision was taken on. */
class VerdictChangeTests {

    private static final FrameworkCode DOD = FrameworkCode.US_DOD_FUNDAMENTAL_RESEARCH;
    private static final FrameworkCode STRAC = FrameworkCode.CA_STRAC;
    private static final FrameworkCode ATAS = FrameworkCode.UK_ATAS;

    @Test
    void theSameOutcomesAreNoChange() {
        List<Verdict> verdicts =
                List.of(verdict(DOD, "2026-05", "MITIGATION_REQUIRED"), verdict(STRAC, "2024-05", "ELIGIBLE"));

        assertThat(VerdictChange.between(verdicts, verdicts)).isEmpty();
    }

    @Test
    void anOutcomeThatDiffersIsAChangeNamingBothSides() {
        List<Verdict> decided =
                List.of(verdict(DOD, "2026-05", "MITIGATION_REQUIRED"), verdict(STRAC, "2024-05", "ELIGIBLE"));
        List<Verdict> now = List.of(verdict(DOD, "2026-05", "PROHIBITED"), verdict(STRAC, "2024-05", "ELIGIBLE"));

        assertThat(VerdictChange.between(decided, now))
                .containsExactly(new VerdictChange(DOD, "2026-05", "MITIGATION_REQUIRED", "2026-05", "PROHIBITED"));
    }

    @Test
    void aLessStrictOutcomeIsAChangeToo() {
        assertThat(VerdictChange.between(
                        List.of(verdict(DOD, "2026-05", "PROHIBITED")),
                        List.of(verdict(DOD, "2026-05", "NO_MITIGATION_NEEDED"))))
                .hasSize(1);
    }

    @Test
    void aNewEditionWithTheSameOutcomeIsNoChange() {
        assertThat(VerdictChange.between(
                        List.of(verdict(DOD, "2026-01", "MITIGATION_REQUIRED")),
                        List.of(verdict(DOD, "2026-05", "MITIGATION_REQUIRED"))))
                .isEmpty();
    }

    @Test
    void aVerdictThatAppearsOrDisappearsIsAChange() {
        List<Verdict> decided = List.of(verdict(DOD, "2026-05", "PROHIBITED"), verdict(STRAC, "2024-05", "ELIGIBLE"));
        List<Verdict> now = List.of(verdict(DOD, "2026-05", "PROHIBITED"), verdict(ATAS, "2025-01", "ATAS_REQUIRED"));

        assertThat(VerdictChange.between(decided, now))
                .containsExactly(
                        new VerdictChange(STRAC, "2024-05", "ELIGIBLE", null, null),
                        new VerdictChange(ATAS, null, null, "2025-01", "ATAS_REQUIRED"));
    }

    @Test
    void aDecisionTakenWithoutVerdictsIsNotReopenedByVerdictsThatAppearLater() {
        assertThat(VerdictChange.between(List.of(), List.of(verdict(DOD, "2026-05", "PROHIBITED"))))
                .isEmpty();
    }

    private static Verdict verdict(FrameworkCode framework, String edition, String outcome) {
        return new Verdict(
                framework, edition, outcome, outcome.toLowerCase(), RiskLevel.MEDIUM, List.of(), List.of(), List.of());
    }
}
