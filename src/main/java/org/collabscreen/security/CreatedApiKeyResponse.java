package org.collabscreen.security;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new key with its value, shown this once. */
record CreatedApiKeyResponse(
        @JsonUnwrapped ApiKeyResponse apiKey,

        @Schema(
                description = "The key; send it as header X-API-Key. It is shown only this once.",
                example = "cs_live_Xq3v9…")
        String key) {}
