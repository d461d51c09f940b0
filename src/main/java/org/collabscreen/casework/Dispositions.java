package org.collabscreen.casework;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.collabscreen.screening.FindingDisposition;
import org.collabscreen.screening.ProposalDispositions;
import org.collabscreen.screening.RecordedDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The append-only store of dispositions; screening reads them through {@link ProposalDispositions}. */
@Repository
class Dispositions implements ProposalDispositions {

    private final JdbcClient jdbc;

    Dispositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DispositionResponse disposition) {
        jdbc.sql("""
                        insert into case_disposition (id, proposal_id, screening_id, rule_id, field, disposition, reason,
                                                      rule_revision, recorded_by, recorded_at)
                        values (:id, :proposal, :screening, :rule, :field, :disposition, :reason, :revision, :by, :at)""")
                .param("id", disposition.id())
                .param("proposal", disposition.proposalId())
                .param("screening", disposition.screeningId())
                .param("rule", disposition.ruleId())
                .param("field", disposition.field())
                .param("disposition", disposition.disposition().name())
                .param("reason", disposition.reason())
                .param("revision", disposition.ruleRevision())
                .param("by", disposition.recordedBy())
                .param("at", disposition.recordedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Every disposition of a proposal, oldest first. */
    List<DispositionResponse> of(UUID proposalId) {
        return jdbc.sql("""
                        select id, proposal_id, screening_id, rule_id, field, disposition, reason, rule_revision,
                               recorded_by, recorded_at
                        from case_disposition where proposal_id = :proposal order by recorded_at, id""")
                .param("proposal", proposalId)
                .query((rs, n) -> new DispositionResponse(
                        rs.getObject("id", UUID.class),
                        rs.getObject("proposal_id", UUID.class),
                        rs.getObject("screening_id", UUID.class),
                        rs.getString("rule_id"),
                        rs.getString("field"),
                        FindingDisposition.valueOf(rs.getString("disposition")),
                        rs.getString("reason"),
                        rs.getInt("rule_revision"),
                        rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        null))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordedDisposition> recordedFor(UUID proposalId) {
        return of(proposalId).stream().map(DispositionResponse::recorded).toList();
    }
}
