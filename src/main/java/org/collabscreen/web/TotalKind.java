package org.collabscreen.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a page's {@code totalItems} is counted or estimated. */
@Schema(
        enumAsRef = true,
        description = "EXACT: totalItems was counted. ESTIMATE: totalItems is the database planner's estimate, cheap "
                + "at any table size but approximate; totalPages follows from it.")
public enum TotalKind {
    /** Counted: exactly the number of items that match. */
    EXACT,
    /** The planner's row estimate: approximate, and cheap however large the table is. */
    ESTIMATE
}
