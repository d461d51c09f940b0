package org.collabscreen.screening;

import java.util.List;

import org.collabscreen.vocabulary.RiskLevel;

/**
 * How a screening applied the dispositions in force: the scores it would have had without them, the findings it
 * dismissed (still shown, not counted) and the state of each disposition.
 */
public record DispositionsApplied(
        ScoreBeforeDispositions scoreBeforeDispositions,
        List<Finding> dismissedFindings,
        List<AppliedDisposition> dispositions) {

    public DispositionsApplied {
        dismissedFindings = List.copyOf(dismissedFindings);
        dispositions = List.copyOf(dispositions);
    }

    /** The levels and scores before any finding was dismissed. */
    public record ScoreBeforeDispositions(RiskLevel overallRisk, RiskScore dualUse, RiskScore talentProgramme) {

        public static ScoreBeforeDispositions of(Assessment assessment) {
            return new ScoreBeforeDispositions(
                    assessment.overallRisk(), assessment.dualUse(), assessment.talentProgramme());
        }
    }
}
