package org.collabscreen.security;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The outcome of recent key checks by key hash, known keys and unknown ones alike, so a request with a key seen in
 * the last few seconds costs no database round trip. A key's change (revocation, creation) removes its entry on every
 * instance through {@link ApiKeyChangeListener}; the time-to-live bounds what a lost notification can leave behind.
 *
 * <p>Concurrent first checks of one key share one database read, and share its failure too: when the database is
 * down, the requests waiting for that read all answer at once instead of retrying it one after another (which made
 * the last of eight concurrent clients wait eight connection timeouts). A failed read is not remembered. A change
 * that arrives while a read is in flight removes it, so its answer serves only the requests already waiting.
 */
@Component
class ApiKeyCache {

    private final ApiKeyRepository keys;
    private final AsyncCache<String, Optional<ApiKeyPrincipal>> checked;

    @Autowired
    ApiKeyCache(ApiKeyRepository keys, ApiKeyCacheProperties properties) {
        this(keys, properties, Ticker.systemTicker());
    }

    ApiKeyCache(ApiKeyRepository keys, ApiKeyCacheProperties properties, Ticker ticker) {
        this.keys = keys;
        this.checked = Caffeine.newBuilder()
                .expireAfterWrite(properties.ttl())
                .maximumSize(properties.maximumKeys())
                .ticker(ticker)
                .buildAsync();
    }

    /** The caller behind an active key; concurrent first checks of one key read the database once. */
    Optional<ApiKeyPrincipal> authenticate(String presentedKey) {
        String hash = ApiKeySecret.hash(presentedKey);
        CompletableFuture<Optional<ApiKeyPrincipal>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<ApiKeyPrincipal>> shared = checked.get(hash, (key, executor) -> mine);
        if (shared == mine) {
            try {
                mine.complete(keys.findByKeyHash(hash).filter(ApiKey::active).map(ApiKey::principal));
            } catch (RuntimeException | Error failure) {
                mine.completeExceptionally(failure);
            }
        }
        return outcome(shared);
    }

    /**
     * Whether this key was checked recently and found active: known from memory alone, with no database read, so it
     * can be asked before any limit on unknown callers.
     */
    boolean remembersAsActive(String presentedKey) {
        CompletableFuture<Optional<ApiKeyPrincipal>> known = checked.getIfPresent(ApiKeySecret.hash(presentedKey));
        return known != null
                && known.isDone()
                && !known.isCompletedExceptionally()
                && known.join().isPresent();
    }

    /** Forgets what is known of the key with this hash; its next use reads the database. */
    void invalidate(String keyHash) {
        checked.synchronous().invalidate(keyHash);
    }

    /** Forgets everything, as after a gap in the notifications. */
    void invalidateAll() {
        checked.synchronous().invalidateAll();
    }

    private static Optional<ApiKeyPrincipal> outcome(CompletableFuture<Optional<ApiKeyPrincipal>> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
