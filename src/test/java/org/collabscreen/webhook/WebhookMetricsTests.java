package org.collabscreen.webhook;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final WebhookMetrics metrics = new WebhookMetrics(registry);

    @Test
    void countsEachAttemptByTheStatusItLeftTheDeliveryIn() {
        metrics.attempted("DELIVERED");
        metrics.attempted("PENDING");
        metrics.attempted("PENDING");
        metrics.attempted("FAILED");

        assertThat(count("delivered")).isEqualTo(1);
        assertThat(count("retrying")).isEqualTo(2);
        assertThat(count("failed")).isEqualTo(1);
    }

    private double count(String outcome) {
        return registry.get("collabscreen.webhook.deliveries")
                .tag("outcome", outcome)
                .counter()
                .count();
    }
}
