package org.collabscreen.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.collabscreen.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes API keys. Each change is announced to every instance ({@link ApiKeyChanges}), so the
 * keys they remember ({@link ApiKeyCache}) never outlive a revocation.
 */
@Service
class ApiKeyService {

    static final String DEFAULT_CLIENT = "default";
    private static final String BOOTSTRAP_ACTOR = "bootstrap";

    private final ApiKeyRepository keys;
    private final ApiKeyChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ApiKeyService(ApiKeyRepository keys, ApiKeyChanges changes, ApplicationEventPublisher events) {
        this.keys = keys;
        this.changes = changes;
        this.events = events;
    }

    /** A new key; the response is the only place its value ever appears. */
    @Transactional
    CreatedApiKeyResponse create(ApiKeyRequest request, String actor) {
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = store(request.name(), request.client(), request.roles(), secret, actor);
        return new CreatedApiKeyResponse(ApiKeyResponse.of(key), secret.value());
    }

    @Transactional(readOnly = true)
    List<ApiKeyResponse> list() {
        return keys.findAllByOrderByCreatedAtAscIdAsc().stream()
                .map(ApiKeyResponse::of)
                .toList();
    }

    /** Revokes the key; the next request with it is refused. Revoking a revoked key changes nothing. */
    @Transactional
    void revoke(UUID id, String actor) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new NotFoundException("API key", id));
        Instant now = now();
        if (key.revoke(now)) {
            changes.announce(key.keyHash());
            events.publishEvent(new ApiKeyRevoked(key.id(), key.name(), key.client(), actor, now));
        }
    }

    /** What the start-up bootstrap found or did with the configured ADMIN key. */
    enum Bootstrap {
        EXISTS,
        REVOKED,
        CREATED
    }

    /** Makes sure the configured ADMIN key exists; a revoked one stays revoked. */
    @Transactional
    Bootstrap ensureAdminKey(ApiKeySecret configured) {
        keys.lockBootstrap();
        Optional<ApiKey> existing = keys.findByKeyHash(configured.hash());
        if (existing.isPresent()) {
            return existing.get().active() ? Bootstrap.EXISTS : Bootstrap.REVOKED;
        }
        store("bootstrap admin", DEFAULT_CLIENT, Set.of(Role.ADMIN), configured, BOOTSTRAP_ACTOR);
        return Bootstrap.CREATED;
    }

    /**
     * What start-up did without a configured ADMIN key: generated the first key of a new installation, found an
     * active key, or found only revoked keys, in which case it generates none.
     */
    record FirstAdminKey(Optional<ApiKeySecret> generated, boolean onlyRevokedKeys) {}

    /**
     * A new ADMIN key only when no key has ever existed; several instances starting together create at most one.
     * Once keys have existed none is minted again, even when every one was revoked: an operator recovers by setting
     * {@code COLLABSCREEN_ADMIN_API_KEY}.
     */
    @Transactional
    FirstAdminKey generateFirstAdminKey() {
        keys.lockBootstrap();
        if (keys.count() > 0) {
            return new FirstAdminKey(Optional.empty(), !keys.existsByRevokedAtIsNull());
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        store("generated admin", DEFAULT_CLIENT, Set.of(Role.ADMIN), secret, BOOTSTRAP_ACTOR);
        return new FirstAdminKey(Optional.of(secret), false);
    }

    private ApiKey store(String name, String client, Set<Role> roles, ApiKeySecret secret, String actor) {
        ApiKey key = keys.save(new ApiKey(name, client, roles, secret, now()));
        changes.announce(key.keyHash());
        events.publishEvent(new ApiKeyCreated(
                key.id(), key.name(), key.client(), key.roles(), key.keyPrefix(), actor, key.createdAt()));
        return key;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
