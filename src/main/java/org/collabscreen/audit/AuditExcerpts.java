package org.collabscreen.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit events about one subject with their place in the chain, and the chain's head: for evidence packs. */
@Service
public class AuditExcerpts {

    private final JdbcClient jdbc;

    AuditExcerpts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One event of the chain: its position ({@code sequence}), what happened, and its link hashes. */
    public record ChainedEvent(
            long sequence,
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String previousHash,
            String hash) {}

    /** The newest event of the whole chain when the excerpt was taken; sequence 0 for an empty chain. */
    public record ChainHead(long sequence, String hash) {}

    /** The events about a proposal (its screenings and its case), oldest first, and the head of the chain. */
    public record Excerpt(List<ChainedEvent> events, ChainHead head) {

        public Excerpt {
            events = List.copyOf(events);
        }
    }

    @Transactional(readOnly = true)
    public Excerpt about(String subjectId) {
        List<ChainedEvent> events = jdbc.sql("""
                        select seq, id, occurred_at, actor, action, subject_type, subject_id, previous_hash, hash
                        from audit_event where subject_type in ('PROPOSAL', 'CASE') and subject_id = :subject
                        order by seq""")
                .param("subject", subjectId)
                .query((rs, n) -> new ChainedEvent(
                        rs.getLong("seq"),
                        rs.getObject("id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
                .list();
        ChainHead head = jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new ChainHead(0, ChainHashes.GENESIS));
        return new Excerpt(events, head);
    }
}
