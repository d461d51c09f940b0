package org.collabscreen.security;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.collabscreen.web.PlainText;

/** A key to create. */
record ApiKeyRequest(
        @Schema(description = "What the key is for", example = "grant portal pipeline")
        @NotBlank
        @Size(max = 100)
        @PlainText
        String name,

        @Schema(
                description = "The client (organisation) the key acts for; a SCREENER sees only its client's proposals",
                example = "uni-madrid")
        @NotBlank
        @Size(max = 64)
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "must be letters, digits, '.', '_' or '-', starting with a letter or digit")
        String client,

        @Schema(
                description = "One or more of SCREENER, AUDITOR, RULEBOOK_EDITOR, ADMIN, REVIEWER",
                example = "[\"SCREENER\"]")
        @NotEmpty
        Set<@NotNull Role> roles) {

    ApiKeyRequest {
        name = name == null ? null : name.strip();
    }
}
