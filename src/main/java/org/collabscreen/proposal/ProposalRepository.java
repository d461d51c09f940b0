package org.collabscreen.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
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

    /**
     * The positions (inserting transaction id as text, proposal id) of the next proposals in insertion order after the
     * given one, among those whose transaction ended before every transaction still running began: no proposal can
     * commit behind them later. Only those inserted before the {@code horizon} transaction id.
     */
    @Query(nativeQuery = true, value = """
                    select cast(inserted_xid as text) as xid, id from proposal
                    where (inserted_xid, id) > (cast(:afterXid as xid8), :afterId)
                      and inserted_xid < pg_snapshot_xmin(pg_current_snapshot())
                      and inserted_xid < cast(:horizon as xid8)
                    order by inserted_xid, id limit :limit""")
    List<Object[]> findNextInInsertOrder(String afterXid, UUID afterId, String horizon, int limit);
}
