package org.collabscreen.screening;

import java.util.UUID;

import org.collabscreen.vocabulary.RiskLevel;

/**
 * A screening was stored; published in the transaction that stores it. The whole assessment stays in the screening.
 *
 * @param first the proposal's first screening, stored with the proposal itself (nothing else refers to it yet)
 */
public record ScreeningCompleted(
        UUID proposalId,
        UUID screeningId,
        int rulebookRevision,
        RiskLevel overallRisk,
        int dualUseScore,
        int talentProgrammeScore,
        boolean reproduction,
        boolean first) {}
