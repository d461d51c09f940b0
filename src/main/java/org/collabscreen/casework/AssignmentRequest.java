package org.collabscreen.casework;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.collabscreen.web.PlainText;

/** Who reviews a case; null clears the assignment. */
@Schema(description = "Assigns a reviewer to the case; null clears it", example = """
                {"assignee": "maria.lopez"}""")
record AssignmentRequest(
        @Size(min = 1, max = 200) @PlainText String assignee) {}
