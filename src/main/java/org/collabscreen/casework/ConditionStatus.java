package org.collabscreen.casework;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a decision's condition stands. */
@Schema(enumAsRef = true, description = "Where a decision's condition stands")
public enum ConditionStatus {
    OPEN,
    MET,
    WAIVED
}
