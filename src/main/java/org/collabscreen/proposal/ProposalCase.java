package org.collabscreen.proposal;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The review case of a proposal, in short; {@code GET /api/v1/cases} and the decisions endpoints have the rest.
 *
 * @param decisionId the case's latest decision, or null
 */
@Schema(description = "The proposal's review case: status, assignee and latest decision")
public record ProposalCase(
        CaseStatus status, String assignee, Instant riskChangedAt, UUID decisionId, Instant updatedAt) {}
