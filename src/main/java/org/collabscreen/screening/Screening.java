package org.collabscreen.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored screening of a proposal: when it ran and what it found. A {@code reproduction} ran against a past rulebook
 * revision to reproduce an earlier decision; it is kept in the history but is never the proposal's latest screening.
 *
 * @param dispositions how reviewers' dispositions applied; null when none was recorded when it ran
 */
public record Screening(
        UUID id,
        UUID proposalId,
        Instant screenedAt,
        Assessment assessment,
        boolean reproduction,
        DispositionsApplied dispositions) {

    public Screening(UUID id, UUID proposalId, Instant screenedAt, Assessment assessment, boolean reproduction) {
        this(id, proposalId, screenedAt, assessment, reproduction, null);
    }
}
