package org.collabscreen.casework;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.proposal.ProposalCase;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * A proposal's review case: where it stands, its latest risk and when that last changed, who reviews it.
 *
 * @param decisionId the latest decision, or null
 */
@Schema(description = "A proposal's review case")
public record CaseResponse(
        UUID proposalId,
        String reference,
        String client,
        CaseStatus status,
        RiskLevel overallRisk,
        Instant riskChangedAt,
        String assignee,
        UUID decisionId,
        Instant updatedAt) {

    ProposalCase summary() {
        return new ProposalCase(status, assignee, riskChangedAt, decisionId, updatedAt);
    }
}
