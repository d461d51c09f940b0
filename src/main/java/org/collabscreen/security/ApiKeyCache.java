package org.collabscreen.security;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * The outcome of recent key checks by key hash, known keys and unknown ones alike, so a request with a key seen in
 * the last few seconds costs no database round trip. A key's change (revocation, creation) removes its entry on every
 * instance through {@link ApiKeyChangeListener}; the time-to-live bounds what a lost notification can leave behind.
 * A load in progress when a change arrives finishes before the entry is removed, so no stale entry outlives it.
 */
@Component
class ApiKeyCache {

    private final ApiKeyRepository keys;
    private final Cache<String, Optional<ApiKeyPrincipal>> checked;

    ApiKeyCache(ApiKeyRepository keys, ApiKeyCacheProperties properties) {
        this.keys = keys;
        this.checked = Caffeine.newBuilder()
                .expireAfterWrite(properties.ttl())
                .maximumSize(properties.maximumKeys())
                .build();
    }

    /** The caller behind an active key; concurrent first checks of one key read the database once. */
    Optional<ApiKeyPrincipal> authenticate(String presentedKey) {
        return checked.get(
                ApiKeySecret.hash(presentedKey),
                hash -> keys.findByKeyHash(hash).filter(ApiKey::active).map(ApiKey::principal));
    }

    /** Forgets what is known of the key with this hash; its next use reads the database. */
    void invalidate(String keyHash) {
        checked.invalidate(keyHash);
    }

    /** Forgets everything, as after a gap in the notifications. */
    void invalidateAll() {
        checked.invalidateAll();
    }
}
