package org.collabscreen.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.framework.Verdict;
import org.collabscreen.screening.AppliedDisposition;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.DispositionsApplied;
import org.collabscreen.screening.DispositionsApplied.ScoreBeforeDispositions;
import org.collabscreen.screening.Escalation;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.RiskScore;
import org.collabscreen.screening.Screening;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * One screening of a proposal: levels, scores, the findings behind every point and the mitigations to ask for;
 * {@code reproduction} when it reproduced an earlier decision at a past rulebook revision; {@code verdicts}, one per
 * requested funder framework, in that framework's words.
 */
public record ScreeningResponse(
        UUID id,
        Instant screenedAt,
        int rulebookRevision,
        RiskLevel overallRisk,
        RiskScore dualUse,
        RiskScore talentProgramme,
        List<Finding> findings,
        List<String> mitigations,
        Escalation escalation,
        boolean reproduction,

        @Schema(description = "Levels and scores before reviewers' dismissals; equal to the scores when none applied")
        ScoreBeforeDispositions scoreBeforeDispositions,

        @Schema(description = "Findings reviewers dismissed as false positives: shown, not counted")
        List<Finding> dismissedFindings,

        @Schema(description = "How the latest disposition of each judged finding applied to this screening")
        List<AppliedDisposition> dispositions,

        @Schema(description = "One verdict per requested funder framework, in that framework's own vocabulary")
        List<Verdict> verdicts) {

    static ScreeningResponse of(Screening screening) {
        Assessment assessment = screening.assessment();
        DispositionsApplied applied = screening.dispositions();
        return new ScreeningResponse(
                screening.id(),
                screening.screenedAt(),
                assessment.rulebookRevision(),
                assessment.overallRisk(),
                assessment.dualUse(),
                assessment.talentProgramme(),
                assessment.findings(),
                assessment.mitigations(),
                assessment.escalation(),
                screening.reproduction(),
                applied == null ? ScoreBeforeDispositions.of(assessment) : applied.scoreBeforeDispositions(),
                applied == null ? List.of() : applied.dismissedFindings(),
                applied == null ? List.of() : applied.dispositions(),
                assessment.verdicts());
    }
}
