package org.collabscreen.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Token buckets kept in PostgreSQL ({@code rate_limit_bucket}) by Bucket4j's proxy manager, so that every instance on
 * the database charges the same allowance. The local fast path is Bucket4j's delaying optimisation: an instance
 * charges its own copy of a bucket and settles with the database after {@code syncEvery} requests or
 * {@code syncWithin}, whichever comes first, so a key can overspend by at most {@code syncEvery} requests per
 * instance, and a busy key costs the database one short transaction per {@code syncEvery} requests, not one per
 * request. A bucket row is deleted once the bucket would be full again. (Not final: ShedLock proxies the cleanup.)
 */
class ClusterBucketStore implements BucketStore {

    static final String TABLE = "rate_limit_bucket";
    private static final int CLEANUP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;
    private final DelayParameters delay;
    private final Cache<String, Bucket> buckets;

    ClusterBucketStore(DataSource dataSource, long maxKeys, Duration idle, long syncEvery, Duration syncWithin) {
        this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(idle))
                .build();
        this.delay = new DelayParameters(syncEvery, syncWithin);
        // The proxy object carries the unsynchronised local state, so each instance keeps one per key.
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(idle)
                .build();
    }

    @Override
    public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
        return buckets.get(
                key,
                k -> proxies.builder()
                        .withOptimization(Optimizations.delaying(delay))
                        .build(k, configuration));
    }

    /** Deletes the rows of buckets that are full again; every minute, on one instance of the cluster at a time. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    @SchedulerLock(name = "rate-limit-bucket-cleanup", lockAtMostFor = "PT5M")
    void removeFullBuckets() {
        while (proxies.removeExpired(CLEANUP_BATCH) == CLEANUP_BATCH) {
            Thread.yield();
        }
    }
}
