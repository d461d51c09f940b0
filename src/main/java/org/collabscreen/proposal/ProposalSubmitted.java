package org.collabscreen.proposal;

import java.time.Instant;
import java.util.UUID;

import org.collabscreen.vocabulary.RiskLevel;

/** A proposal was stored with its first screening; published in that transaction, within {@link ProposalsSubmitted}. */
public record ProposalSubmitted(
        UUID proposalId,
        String client,
        String reference,
        UUID screeningId,
        RiskLevel overallRisk,
        Instant submittedAt) {}
