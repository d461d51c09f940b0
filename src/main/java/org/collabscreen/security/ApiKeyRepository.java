package org.collabscreen.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    List<ApiKey> findAllByOrderByCreatedAtAscIdAsc();

    boolean existsByRevokedAtIsNull();

    /** Serialises the start-up bootstrap of several instances until the end of the transaction. */
    @Query(
            value = "select count(*) from pg_advisory_xact_lock(hashtext('collabscreen.api_key.bootstrap'))",
            nativeQuery = true)
    long lockBootstrap();
}
