package org.collabscreen.screening;

import java.util.List;

import org.collabscreen.vocabulary.RiskLevel;

/**
 * The engine's verdict on a proposal against one rulebook revision.
 *
 * @param escalation the rule that raised {@code overallRisk} above both levels, or null
 */
public record Assessment(
        int rulebookRevision,
        RiskLevel overallRisk,
        RiskScore dualUse,
        RiskScore talentProgramme,
        List<Finding> findings,
        List<String> mitigations,
        Escalation escalation) {

    public Assessment {
        findings = List.copyOf(findings);
        mitigations = List.copyOf(mitigations);
    }
}
