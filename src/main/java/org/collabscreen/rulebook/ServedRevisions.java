package org.collabscreen.rulebook;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The revision each running instance screens with, reported to the database ({@code rulebook_instance}): by this
 * instance when it installs a revision and every {@link #HEARTBEAT} after, so that others can wait until every
 * instance serves a revision rather than for a fixed delay. An instance that has not reported for {@link #LIVENESS}
 * counts as gone. A report that fails (the database is away) is only logged: the next heartbeat repeats it.
 */
@Component
public class ServedRevisions implements DisposableBean {

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration LIVENESS = HEARTBEAT.multipliedBy(3);
    private static final Logger log = LoggerFactory.getLogger(ServedRevisions.class);

    private final JdbcClient jdbc;
    private final UUID instance = UUID.randomUUID();
    private volatile int served;

    ServedRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether every instance that reported within {@link #LIVENESS} serves {@code revision} or a later one, and has done
     * so for at least {@code grace}: time for a screening that took the rulebook just before the revision arrived to
     * reach its own transaction. Instances that stopped reporting are left out; so are those of versions before these
     * reports existed, which a rolling upgrade may still run.
     */
    public boolean everyInstanceServes(int revision, Duration grace) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        select not exists (
                            select 1 from rulebook_instance
                            where reported_at > clock_timestamp() - make_interval(secs => :liveness)
                              and (revision < :revision
                                   or installed_at > clock_timestamp() - make_interval(secs => :grace)))""")
                .param("liveness", LIVENESS.toMillis() / 1000.0)
                .param("revision", revision)
                .param("grace", grace.toMillis() / 1000.0)
                .query(Boolean.class)
                .single());
    }

    /** This instance now screens with {@code revision}. */
    void installed(int revision) {
        served = revision;
        report();
    }

    /** Repeats this instance's report, and deletes the reports of instances gone for a day. */
    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        if (served > 0) {
            report();
        }
        try {
            jdbc.sql("delete from rulebook_instance where reported_at < clock_timestamp() - interval '1 day'")
                    .update();
        } catch (DataAccessException e) {
            log.debug("Could not delete lapsed revision reports: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        try {
            jdbc.sql("delete from rulebook_instance where instance_id = :instance")
                    .param("instance", instance)
                    .update();
        } catch (DataAccessException e) {
            log.warn(
                    "Could not withdraw this instance's revision report; it lapses in {}: {}",
                    LIVENESS,
                    e.getMessage());
        }
    }

    private void report() {
        try {
            jdbc.sql("""
                            insert into rulebook_instance (instance_id, revision, installed_at, reported_at)
                            values (:instance, :revision, clock_timestamp(), clock_timestamp())
                            on conflict (instance_id) do update
                              set installed_at = case when rulebook_instance.revision = excluded.revision
                                                      then rulebook_instance.installed_at else excluded.installed_at end,
                                  revision = excluded.revision,
                                  reported_at = excluded.reported_at""").param("instance", instance).param("revision", served).update();
        } catch (DataAccessException e) {
            log.warn("Could not report the rulebook revision this instance serves: {}", e.getMessage());
        }
    }
}
