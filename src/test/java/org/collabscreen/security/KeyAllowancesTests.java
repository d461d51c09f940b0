package org.collabscreen.security;

import java.time.Duration;
import java.util.UUID;

import io.github.bucket4j.BucketExceptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyAllowancesTests {

    private static final SecurityProperties.RateLimit THREE_AN_HOUR = new SecurityProperties.RateLimit(
            3, Duration.ofHours(1), 8, SecurityProperties.RateLimit.Scope.CLUSTER, 1, Duration.ofMillis(100));

    @Test
    void whileTheSharedBucketsCannotBeReachedAKeyIsChargedAgainstThisInstancesOwnBucket() {
        BucketStore unreachable = (key, configuration) -> {
            throw new BucketExceptions.BucketExecutionException(new IllegalStateException("connection refused"));
        };
        KeyAllowances allowances =
                new KeyAllowances(unreachable, new LocalBucketStore(10, Duration.ofHours(1)), THREE_AN_HOUR);
        UUID key = UUID.randomUUID();

        assertThat(allowances.tryConsume(key, 2).isConsumed()).isTrue();
        assertThat(allowances.tryConsume(key, 1).isConsumed()).isTrue();
        assertThat(allowances.tryConsume(key, 1).isConsumed()).isFalse();
        assertThat(allowances.tryConsume(UUID.randomUUID(), 1).isConsumed()).isTrue();
    }
}
