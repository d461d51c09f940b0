package org.collabscreen.proposal;

import java.time.Instant;
import java.util.UUID;

import org.collabscreen.screening.PreparedScreening;

/**
 * A screened proposal reduced to its rows: the proposal's columns (its lists already written as JSON) and its
 * screening's, without the engine's objects. A batch keeps these, not {@link ScreenedProposal}s, until its write
 * transaction.
 */
record PreparedProposal(
        UUID id,
        Instant createdAt,
        String client,
        String reference,
        String institution,
        String country,
        String technologyArea,
        String title,
        String description,
        String researchersJson,
        String fundingSourcesJson,
        String frameworkRequestJson,
        PreparedScreening screening) {}
