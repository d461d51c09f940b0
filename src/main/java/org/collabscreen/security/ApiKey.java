package org.collabscreen.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored API key: its name, client, roles and the hash of the key, never the key itself. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String client;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] roles;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, updatable = false)
    private String keyPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {}

    ApiKey(String name, String client, Set<Role> roles, ApiKeySecret secret, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.client = client;
        this.roles = roles.stream().sorted().map(Role::name).toArray(String[]::new);
        this.keyHash = secret.hash();
        this.keyPrefix = secret.prefix();
        this.createdAt = createdAt;
    }

    /** Revokes the key from this instant on; a key already revoked keeps its first revocation time. */
    boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String client() {
        return client;
    }

    Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    String keyHash() {
        return keyHash;
    }

    String keyPrefix() {
        return keyPrefix;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    boolean active() {
        return revokedAt == null;
    }

    ApiKeyPrincipal principal() {
        return new ApiKeyPrincipal(id, name, client, roles());
    }
}
