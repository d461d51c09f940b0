package org.collabscreen.rulebook;

import org.collabscreen.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opens rulebook revisions; every change to the rulebook happens under one lock so revisions never interleave. */
@Repository
class RulebookRevisions {

    private static final long CHANGE_LOCK = 0x52554c45424f4fL;

    private final JdbcClient jdbc;
    private final CurrentActor actor;

    RulebookRevisions(JdbcClient jdbc, CurrentActor actor) {
        this.jdbc = jdbc;
        this.actor = actor;
    }

    /** Waits for any other change to the rulebook to commit; held until this transaction ends. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", CHANGE_LOCK)
                .query()
                .singleValue();
    }

    /**
     * Inserts the next revision, by the current actor, and returns its number. Call after {@link #lock()}; the time is
     * read then, not when the transaction began, so revision times never go backwards.
     */
    int open(String summary) {
        return jdbc.sql("""
                        insert into rulebook_revision (revision, changed_at, actor, summary)
                        select coalesce(max(revision), 0) + 1, clock_timestamp(), :actor, :summary from rulebook_revision
                        returning revision""")
                .param("actor", actor.name())
                .param("summary", summary)
                .query(Integer.class)
                .single();
    }
}
