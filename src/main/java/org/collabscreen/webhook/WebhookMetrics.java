package org.collabscreen.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Webhook delivery attempts by outcome ({@code collabscreen.webhook.deliveries}, tag {@code outcome}): delivered, failed
 * and to be retried, or failed for good once the delivery is older than {@code give-up-after}.
 */
@Component
class WebhookMetrics {

    private final Counter delivered;
    private final Counter retrying;
    private final Counter failed;

    WebhookMetrics(MeterRegistry registry) {
        this.delivered = outcome(registry, "delivered");
        this.retrying = outcome(registry, "retrying");
        this.failed = outcome(registry, "failed");
    }

    /** Counts an attempt by the status it left the delivery in: DELIVERED, PENDING (another attempt) or FAILED. */
    void attempted(String status) {
        switch (status) {
            case "DELIVERED" -> delivered.increment();
            case "PENDING" -> retrying.increment();
            default -> failed.increment();
        }
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("collabscreen.webhook.deliveries")
                .description("Webhook delivery attempts, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }
}
