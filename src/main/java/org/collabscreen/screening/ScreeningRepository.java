package org.collabscreen.screening;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScreeningRepository extends JpaRepository<ScreeningRecord, UUID> {

    List<ScreeningRecord> findByProposalIdOrderByScreenedAtDescIdDesc(UUID proposalId, Limit limit);

    /** The next screenings of a proposal after the one at (at, id), in the order newest first. */
    @Query(value = """
                    select * from screening where proposal_id = :proposalId and (screened_at, id) < (:at, :id)
                    order by screened_at desc, id desc limit :limit""", nativeQuery = true)
    List<ScreeningRecord> findHistoryAfter(UUID proposalId, OffsetDateTime at, UUID id, int limit);

    long countByProposalId(UUID proposalId);

    Optional<ScreeningRecord> findFirstByProposalIdAndReproductionFalseOrderByScreenedAtDescIdDesc(UUID proposalId);

    @Query("""
            select s from ScreeningRecord s where s.proposalId in :proposalIds and s.reproduction = false and s.screenedAt =
              (select max(t.screenedAt) from ScreeningRecord t where t.proposalId = s.proposalId and t.reproduction = false)""")
    List<ScreeningRecord> findLatestFor(Collection<UUID> proposalIds);

    /** A proposal's lowest screened rulebook revision. */
    record FirstRevision(UUID proposalId, int revision) {}

    @Query("""
            select new org.collabscreen.screening.ScreeningRepository$FirstRevision(s.proposalId, min(s.rulebookRevision))
            from ScreeningRecord s where s.proposalId in :proposalIds and s.reproduction = false group by s.proposalId""")
    List<FirstRevision> findFirstRevisions(Collection<UUID> proposalIds);
}
