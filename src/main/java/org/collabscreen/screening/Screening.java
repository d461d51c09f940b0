package org.collabscreen.screening;

import java.time.Instant;
import java.util.UUID;

/** A stored screening of a proposal: when it ran and what it found. */
public record Screening(UUID id, UUID proposalId, Instant screenedAt, Assessment assessment) {
}
