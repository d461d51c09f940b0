package org.collabscreen.casework;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.collabscreen.screening.FindingDisposition;
import org.collabscreen.web.PlainText;

/** A reviewer's judgement on one finding of the proposal's latest screening, named by its rule and input field. */
@Schema(description = "A judgement on one finding of the latest screening", example = """
                {"ruleId": "institution/7c0e3f5a-3c2b-4b8e-9a57-0d1c2e3f4a5b", "field": "institution",
                 "disposition": "FALSE_POSITIVE",
                 "reason": "The partner is the Beijing Institute of Technology's Zhuhai campus, a separate legal entity"}""")
record DispositionRequest(
        @NotBlank @Size(max = 200) @PlainText String ruleId,

        @Schema(description = "The finding's field; leave out for findings without one (combinations)")
        @Size(max = 200)
        @PlainText
        String field,

        @NotNull FindingDisposition disposition,

        @Schema(description = "Why; required") @NotBlank @Size(max = 2000) @PlainText
        String reason) {}
