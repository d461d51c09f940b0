package org.collabscreen.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPropertiesTests {

    private final WebhookProperties defaults = new WebhookProperties(
            true,
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            Duration.ofMinutes(15),
            Duration.ofHours(24),
            Duration.ofSeconds(10),
            20,
            8,
            2,
            false,
            false);

    @Test
    void doublesTheWaitAfterEachFailureUpToTheMaximum() {
        assertThat(defaults.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.backoffAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(defaults.backoffAfter(7)).isEqualTo(Duration.ofSeconds(640));
        assertThat(defaults.backoffAfter(8)).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.backoffAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void keepsRetryingForMoreThanAnHourByDefault() {
        Duration waited = Duration.ZERO;
        int attempts = 0;
        while (waited.compareTo(defaults.giveUpAfter()) < 0) {
            waited = waited.plus(defaults.backoffAfter(++attempts));
        }
        assertThat(defaults.giveUpAfter()).isGreaterThanOrEqualTo(Duration.ofHours(1));
        assertThat(attempts).as("attempts within the give-up window").isGreaterThan(90);
    }
}
