package org.collabscreen.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    /** Locks the row until the transaction ends, so concurrent re-screens of one proposal see each other's risk. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> findForRescreen(UUID id);

    /** Records a newer screening's risk; an older one that commits later does not overwrite it. */
    @Modifying
    @Query("""
            update Proposal p set p.latestOverallRisk = :risk, p.latestScreenedAt = :screenedAt
            where p.id = :id and (p.latestScreenedAt is null or p.latestScreenedAt <= :screenedAt)""")
    int recordLatestScreening(UUID id, String risk, Instant screenedAt);

    /** The next proposals in creation order after the given one, created no later than {@code until}. */
    @Query("""
            select p from Proposal p
            where (p.createdAt > :afterCreatedAt or (p.createdAt = :afterCreatedAt and p.id > :afterId))
              and p.createdAt <= :until
            order by p.createdAt, p.id""")
    List<Proposal> findNextForImpact(Instant afterCreatedAt, UUID afterId, Instant until, Limit limit);
}
