package org.collabscreen.proposal;

import java.time.Instant;
import java.util.UUID;

import org.collabscreen.vocabulary.RiskLevel;

/**
 * A re-screen changed a proposal's overall risk. Published inside the re-screen's transaction, so a listener that
 * writes to the database commits or rolls back with the screening itself.
 *
 * @param client              the client whose API key submitted the proposal
 * @param previousOverallRisk the risk before; null if the proposal had never been screened
 */
public record ProposalRiskChanged(
        UUID proposalId,
        String reference,
        String client,
        RiskLevel previousOverallRisk,
        RiskLevel newOverallRisk,
        UUID screeningId,
        int rulebookRevision,
        Instant occurredAt) {}
