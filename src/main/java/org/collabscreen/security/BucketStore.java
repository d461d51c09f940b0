package org.collabscreen.security;

import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the token buckets of the rate limits live, by key. {@link LocalBucketStore} keeps them in this instance's
 * memory; a cluster-wide store (Bucket4j's PostgreSQL {@code ProxyManager}, whose {@code BucketProxy} is a
 * {@link Bucket} too) can take its place without changing the limits.
 */
interface BucketStore {

    /** The bucket of {@code key}, created with {@code configuration} when it has none yet. */
    Bucket bucket(String key, Supplier<BucketConfiguration> configuration);
}
