package org.collabscreen.casework;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.collabscreen.web.PlainText;

/**
 * A decision on the proposal's latest screening. Conditions go with {@code APPROVED_WITH_CONDITIONS} only; one that
 * repeats a mitigation of the screening word for word is marked as taken from it.
 */
@Schema(description = "A decision on the latest screening", example = """
                {"screeningId": "0b3a3c1e-6f0e-4c8a-9d7e-2f1b5a6c7d8e", "outcome": "APPROVED_WITH_CONDITIONS",
                 "conditions": ["Technology control plan agreed with the partner before any data is shared"],
                 "rationale": "Sensitive area, but no listed partner once the false match was dismissed"}""")
record DecisionRequest(
        @NotNull UUID screeningId,
        @NotNull DecisionOutcome outcome,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) @PlainText String> conditions,

        @Schema(description = "Why; required") @NotBlank @Size(max = 4000) @PlainText
        String rationale) {

    DecisionRequest {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
