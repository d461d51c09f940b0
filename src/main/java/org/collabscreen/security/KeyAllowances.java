package org.collabscreen.security;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each API key may spend: a token bucket (one token per request, one per batch item), shared by the cluster
 * unless configured per instance, and a cap on its requests in progress at once on this instance. When the shared
 * bucket cannot be reached (the database is failing), the key is charged against this instance's own bucket meanwhile:
 * the limit still holds per instance, and the request is not refused for a failure that is not the client's.
 */
class KeyAllowances {

    private static final Logger log = LoggerFactory.getLogger(KeyAllowances.class);
    private static final long MAX_KEYS = 100_000;
    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final BucketStore buckets;
    private final BucketStore fallback;
    private final BucketConfiguration allowance;
    private final long capacity;
    private final int maxConcurrent;
    private final Cache<UUID, Semaphore> inProgress;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    KeyAllowances(BucketStore buckets, BucketStore fallback, SecurityProperties.RateLimit limit) {
        this.buckets = buckets;
        this.fallback = fallback;
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

    /** Takes {@code tokens} from the key's bucket if it holds them; otherwise takes none and says how long to wait. */
    ConsumptionProbe tryConsume(UUID keyId, long tokens) {
        String key = "key:" + keyId;
        try {
            return buckets.bucket(key, () -> allowance).tryConsumeAndReturnRemaining(tokens);
        } catch (RuntimeException e) {
            if (buckets == fallback) {
                throw e;
            }
            warnNowAndThen(e);
            return fallback.bucket(key, () -> allowance).tryConsumeAndReturnRemaining(tokens);
        }
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

    private void warnNowAndThen(RuntimeException e) {
        long last = lastWarning.get();
        long now = System.nanoTime();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn(
                    "The cluster's rate-limit buckets cannot be reached; API keys are charged against this instance's"
                            + " own buckets meanwhile: {}",
                    e.toString());
        }
    }
}
