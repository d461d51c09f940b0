package org.collabscreen.proposal;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a proposal's review stands. */
@Schema(enumAsRef = true, description = "Where a proposal's review stands")
public enum CaseStatus {
    /** Screened; nobody has looked at it yet. */
    OPEN,
    /** A reviewer is assigned or has recorded a disposition. */
    IN_REVIEW,
    /** A decision on a risky proposal waits for a second person's approval. */
    AWAITING_SECOND_APPROVAL,
    /** Decided. */
    DECIDED,
    /** A later screening raised the risk or changed a verdict after a decision: it needs a new one. */
    REOPENED
}
