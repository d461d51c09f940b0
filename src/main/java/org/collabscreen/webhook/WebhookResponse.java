package org.collabscreen.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A registered webhook; {@code secret} is present only in the response that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookResponse(
        UUID id,
        URI url,
        List<WebhookEvent> events,
        Instant createdAt,

        @Schema(description = "Signing secret, shown only once, when the webhook is created")
        String secret,

        @Schema(
                description = "The client that registered the webhook; null for webhooks from before clients were kept",
                example = "university-a")
        String client,

        @Schema(description = "Whether the webhook receives the events of every client's proposals", example = "false")
        boolean allClients) {

    WebhookResponse withoutSecret() {
        return new WebhookResponse(id, url, events, createdAt, null, client, allClients);
    }
}
