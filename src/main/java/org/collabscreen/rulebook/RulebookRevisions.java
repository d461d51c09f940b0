package org.collabscreen.rulebook;

import org.collabscreen.cluster.ChangeNotifications;
import org.collabscreen.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opens rulebook revisions; every change to the rulebook happens under one lock so revisions never interleave. */
@Repository
class RulebookRevisions {

    private static final long CHANGE_LOCK = 0x52554c45424f4fL;

    private final JdbcClient jdbc;
    private final CurrentActor actor;
    private final ChangeNotifications notifications;

    RulebookRevisions(JdbcClient jdbc, CurrentActor actor, ChangeNotifications notifications) {
        this.jdbc = jdbc;
        this.actor = actor;
        this.notifications = notifications;
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
     * read then, not when the transaction began, so revision times never go backwards. Every instance is told of the
     * revision when the transaction commits ({@link RulebookSnapshots#CHANNEL}).
     */
    int open(String summary) {
        int revision = jdbc.sql("""
                        insert into rulebook_revision (revision, changed_at, actor, summary)
                        select coalesce(max(revision), 0) + 1, clock_timestamp(), :actor, :summary from rulebook_revision
                        returning revision""")
                .param("actor", actor.name())
                .param("summary", summary)
                .query(Integer.class)
                .single();
        notifications.announce(RulebookSnapshots.CHANNEL, Integer.toString(revision));
        return revision;
    }
}
