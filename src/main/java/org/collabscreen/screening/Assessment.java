package org.collabscreen.screening;

import java.util.List;

import org.collabscreen.framework.Verdict;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * The engine's verdict on a proposal against one rulebook revision.
 *
 * @param escalation the rule that raised {@code overallRisk} above both levels, or null
 * @param verdicts   each requested funder framework's verdict; empty when none was requested (and in screenings
 *                   stored before verdicts existed)
 */
public record Assessment(
        int rulebookRevision,
        RiskLevel overallRisk,
        RiskScore dualUse,
        RiskScore talentProgramme,
        List<Finding> findings,
        List<String> mitigations,
        Escalation escalation,
        List<Verdict> verdicts) {

    public Assessment {
        findings = List.copyOf(findings);
        mitigations = List.copyOf(mitigations);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    public Assessment(
            int rulebookRevision,
            RiskLevel overallRisk,
            RiskScore dualUse,
            RiskScore talentProgramme,
            List<Finding> findings,
            List<String> mitigations,
            Escalation escalation) {
        this(rulebookRevision, overallRisk, dualUse, talentProgramme, findings, mitigations, escalation, List.of());
    }

    /** The same assessment with the funder verdicts. */
    public Assessment withVerdicts(List<Verdict> newVerdicts) {
        return new Assessment(
                rulebookRevision,
                overallRisk,
                dualUse,
                talentProgramme,
                findings,
                mitigations,
                escalation,
                newVerdicts);
    }
}
