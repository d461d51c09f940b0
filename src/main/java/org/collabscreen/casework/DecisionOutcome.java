package org.collabscreen.casework;

import io.swagger.v3.oas.annotations.media.Schema;

/** What was decided about a proposal. */
@Schema(enumAsRef = true, description = "What was decided about a proposal")
public enum DecisionOutcome {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    DECLINED
}
