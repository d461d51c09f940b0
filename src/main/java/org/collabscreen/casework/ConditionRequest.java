package org.collabscreen.casework;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.collabscreen.web.PlainText;

/** A change of a condition's status, with an optional note. */
@Schema(description = "A new status for a decision's condition", example = """
                {"status": "MET", "note": "Control plan signed on 2026-12-01"}""")
record ConditionRequest(
        @NotNull ConditionStatus status,
        @Size(max = 2000) @PlainText String note) {}
