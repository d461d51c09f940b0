package org.collabscreen.security;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import org.springframework.stereotype.Component;

/**
 * What each API key may spend: a token bucket (one token per request, one per batch item) and a cap on its requests
 * in progress at once.
 */
@Component
class KeyAllowances {

    private static final long MAX_KEYS = 100_000;

    private final BucketStore buckets;
    private final BucketConfiguration allowance;
    private final long capacity;
    private final int maxConcurrent;
    private final Cache<UUID, Semaphore> inProgress;

    KeyAllowances(BucketStore buckets, SecurityProperties properties) {
        SecurityProperties.RateLimit limit = properties.rateLimit();
        this.buckets = buckets;
        this.capacity = limit.requests();
        this.allowance = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period())
                        .build())
                .build();
        this.maxConcurrent = limit.maxConcurrent();
        this.inProgress = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    Bucket bucket(UUID keyId) {
        return buckets.bucket("key:" + keyId, () -> allowance);
    }

    /** A request costs at most the whole allowance, so that the largest batch can still pass once the bucket is full. */
    long cost(long units) {
        return Math.min(Math.max(units, 1), capacity);
    }

    Semaphore inProgress(UUID keyId) {
        return inProgress.get(keyId, id -> new Semaphore(maxConcurrent));
    }

    int maxConcurrent() {
        return maxConcurrent;
    }
}
