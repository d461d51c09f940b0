package org.collabscreen.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
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

    /**
     * One event: what happened, and its place in the chain ({@code sequence} and link hashes). An event committed but
     * not yet sealed (the sealer seals a few times a second) is there too, with {@code sealed} false and no place:
     * its id finds it in the chain once sealed.
     */
    @Schema(description = "An audit event of the proposal, with its place in the hash chain once sealed")
    public record ChainedEvent(
            @Schema(description = "Position in the chain; null while not yet sealed")
            Long sequence,

            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,

            @Schema(description = "Hash of the chain's previous event; null while not yet sealed")
            String previousHash,

            @Schema(description = "This event's chain hash; null while not yet sealed")
            String hash,

            @Schema(
                    description = "False for an event committed but not yet sealed into the chain when the"
                            + " excerpt was taken: it has no position or hashes yet")
            boolean sealed) {}

    /** The newest event of the whole chain when the excerpt was taken; sequence 0 for an empty chain. */
    public record ChainHead(long sequence, String hash) {}

    /**
     * The events about a proposal (its screenings and its case), oldest first, sealed or not yet, and the head of the
     * chain in the same snapshot of the database.
     */
    @Schema(
            description = "This proposal's audit events, oldest first, including those committed but not yet sealed"
                    + " (sealed: false), and the chain's head when the excerpt was taken")
    public record Excerpt(List<ChainedEvent> events, ChainHead head) {

        public Excerpt {
            events = List.copyOf(events);
        }
    }

    @Transactional(readOnly = true)
    public Excerpt about(String subjectId) {
        List<ChainedEvent> events = jdbc.sql("""
                        select s.seq, r.id, r.occurred_at, r.actor, r.action, r.subject_type, r.subject_id,
                               s.previous_hash, s.hash
                        from audit_record r left join audit_seal s on s.record_pos = r.pos
                        where r.subject_type in ('PROPOSAL', 'CASE') and r.subject_id = :subject order by r.pos""")
                .param("subject", subjectId)
                .query((rs, n) -> new ChainedEvent(
                        rs.getObject("seq", Long.class),
                        rs.getObject("id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("previous_hash"),
                        rs.getString("hash"),
                        rs.getObject("seq") != null))
                .list();
        ChainHead head = jdbc.sql("select seq, hash from audit_seal order by seq desc limit 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new ChainHead(0, ChainHashes.GENESIS));
        return new Excerpt(events, head);
    }
}
