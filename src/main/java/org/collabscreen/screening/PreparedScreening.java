package org.collabscreen.screening;

import java.time.Instant;
import java.util.UUID;

import org.collabscreen.vocabulary.RiskLevel;

/**
 * A screening made by {@link ScreeningService#assess} and not yet stored, reduced to its row: the assessment already
 * written as its JSON document, so the engine's objects need not live until the write transaction.
 *
 * @param assessmentJson the assessment's JSON document in UTF-8, as PostgreSQL is sent it (no Java string between)
 * @param dispositionsJson how reviewers' dispositions applied, as JSON; null when none was recorded
 */
public record PreparedScreening(
        UUID id,
        UUID proposalId,
        Instant screenedAt,
        int rulebookRevision,
        RiskLevel overallRisk,
        int dualUseScore,
        int talentProgrammeScore,
        byte[] assessmentJson,
        String dispositionsJson,
        boolean reproduction) {}
