package org.collabscreen.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.collabscreen.framework.Verdict;
import org.collabscreen.screening.Assessment;
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
record ScreeningResponse(
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
        List<Verdict> verdicts) {

    static ScreeningResponse of(Screening screening) {
        Assessment assessment = screening.assessment();
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
                assessment.verdicts());
    }
}
