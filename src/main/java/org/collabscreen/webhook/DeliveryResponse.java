package org.collabscreen.webhook;

import java.time.Instant;
import java.util.UUID;

/** One event sent, or still to be sent, to a webhook, with the outcome of its latest attempt. */
record DeliveryResponse(
        UUID id,
        UUID eventId,
        WebhookEvent eventType,
        String status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant deliveredAt) {}
