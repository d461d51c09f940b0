package org.collabscreen.proposal;

import java.time.Instant;
import java.util.UUID;

import org.collabscreen.screening.ScreeningSubject;

/**
 * A stored proposal as background work sees it: its id, when it was created, what it is screened on, and its position
 * in insertion order.
 */
public record StoredProposal(UUID id, Instant createdAt, ScreeningSubject subject, InsertPosition position) {}
