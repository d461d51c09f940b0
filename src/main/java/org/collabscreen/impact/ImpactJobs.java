package org.collabscreen.impact;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntPredicate;

import org.collabscreen.impact.ImpactResponse.ImpactedProposal;
import org.collabscreen.proposal.InsertPosition;
import org.collabscreen.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The change-impact jobs, one per rulebook revision, and the proposals each found changed. */
@Repository
class ImpactJobs {

    /**
     * A job as claimed: its revision, the last proposal it finished, and the transaction id before which every proposal
     * was screened against a rulebook that the revision's instances had already seen (null until the revision settled).
     */
    record Job(int revision, InsertPosition last, String horizon) {}

    private final JdbcClient jdbc;

    ImpactJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(int revision) {
        jdbc.sql("""
                        insert into revision_impact_job (revision, created_at, status)
                        values (:revision, clock_timestamp(), 'PENDING')""").param("revision", revision).update();
    }

    /**
     * The oldest pending job no other instance is working on, locked until the transaction ends. Once the revision has
     * settled (every instance screens with it: {@code served} says so from the instances' reports, or else the
     * database's clock says {@code settle} has passed), the job gets its horizon: the next transaction id to be
     * assigned, after which no proposal can have been screened against an older rulebook. The instances' reports are
     * read only while the job has no horizon yet, not for every batch of its walk.
     */
    Optional<Job> claimOldestPending(Duration settle, IntPredicate served) {
        return jdbc.sql("""
                        select revision, horizon is null from revision_impact_job
                        where status = 'PENDING' order by revision limit 1 for update skip locked""")
                .query((rs, n) -> new Pending(rs.getInt(1), rs.getBoolean(2)))
                .optional()
                .map(pending ->
                        claim(pending.revision(), pending.unsettled() && served.test(pending.revision()), settle));
    }

    private record Pending(int revision, boolean unsettled) {}

    private Job claim(int revision, boolean served, Duration settle) {
        return jdbc.sql("""
                        update revision_impact_job
                           set horizon = coalesce(horizon, case
                               when :served or clock_timestamp() >= created_at + make_interval(secs => :settle)
                               then pg_snapshot_xmax(pg_current_snapshot()) end)
                        where revision = :revision
                        returning cast(last_xid as text), last_proposal_id, cast(horizon as text)""")
                .param("served", served)
                .param("settle", settle.toMillis() / 1000.0)
                .param("revision", revision)
                .query((rs, n) -> new Job(
                        revision,
                        rs.getString(1) == null
                                ? InsertPosition.START
                                : new InsertPosition(rs.getString(1), rs.getObject(2, UUID.class)),
                        rs.getString(3)))
                .single();
    }

    /** Whether every transaction that got an id before the horizon has ended, so none can still add a proposal. */
    boolean allEndedBefore(String horizon) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot()) >= cast(:horizon as xid8)")
                .param("horizon", horizon)
                .query(Boolean.class)
                .single());
    }

    /** Records a finished batch; {@code last} is its last proposal, null when the batch was empty. */
    void advance(Job job, InsertPosition last, int checked, int rescreened, boolean done) {
        jdbc.sql("""
                        update revision_impact_job
                           set last_xid = coalesce(cast(:lastXid as xid8), last_xid),
                               last_proposal_id = coalesce(cast(:last as uuid), last_proposal_id),
                               checked = checked + :checked,
                               rescreened = rescreened + :rescreened,
                               attempts = 0,
                               last_error = null,
                               status = case when :done then 'DONE' else 'PENDING' end,
                               finished_at = case when :done then now() end
                        where revision = :revision""")
                .param("lastXid", last == null ? null : last.transactionId())
                .param("last", last == null ? null : last.proposalId())
                .param("checked", checked)
                .param("rescreened", rescreened)
                .param("done", done)
                .param("revision", job.revision())
                .update();
    }

    /**
     * Counts a failed attempt at the job's next batch; after {@code maxAttempts} in a row the job is FAILED with the
     * error, and the jobs of later revisions go on. Returns whether it failed for good.
     */
    boolean recordFailure(int revision, String error, int maxAttempts) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        update revision_impact_job
                           set attempts = attempts + 1,
                               last_error = :error,
                               status = case when attempts + 1 >= :maxAttempts then 'FAILED' else status end,
                               finished_at = case when attempts + 1 >= :maxAttempts then now() end
                        where revision = :revision and status = 'PENDING'
                        returning status = 'FAILED'""")
                .param("error", error)
                .param("maxAttempts", maxAttempts)
                .param("revision", revision)
                .query(Boolean.class)
                .optional()
                .orElse(false));
    }

    /** Records a changed proposal; a walk started again (after an upgrade) may meet it twice, and keeps the first. */
    void recordImpact(int revision, UUID proposalId, UUID screeningId, String oldRisk, String newRisk) {
        jdbc.sql("""
                        insert into revision_impact (revision, proposal_id, screening_id, old_risk, new_risk)
                        values (:revision, :proposalId, :screeningId, :oldRisk, :newRisk)
                        on conflict (revision, proposal_id) do nothing""")
                .param("revision", revision)
                .param("proposalId", proposalId)
                .param("screeningId", screeningId)
                .param("oldRisk", oldRisk)
                .param("newRisk", newRisk)
                .update();
    }

    /** The job's progress and the changed proposals the viewer may see: another client's are left out, as elsewhere. */
    Optional<ImpactResponse> impact(int revision, Viewer viewer, int page, int size) {
        return jdbc.sql("""
                        select status, checked, rescreened, finished_at, attempts, last_error from revision_impact_job
                        where revision = :revision""")
                .param("revision", revision)
                .query((rs, n) -> new ImpactResponse(
                        revision,
                        rs.getString("status"),
                        rs.getInt("checked"),
                        rs.getInt("rescreened"),
                        toInstant(rs.getObject("finished_at", OffsetDateTime.class)),
                        changed(revision, viewer, page, size),
                        rs.getInt("attempts"),
                        rs.getString("last_error")))
                .optional();
    }

    private List<ImpactedProposal> changed(int revision, Viewer viewer, int page, int size) {
        return jdbc.sql("""
                        select i.proposal_id, p.reference, p.institution, i.screening_id, i.old_risk, i.new_risk
                        from revision_impact i join proposal p on p.id = i.proposal_id
                        where i.revision = :revision and (:everyClient or p.client = :client)
                        order by i.proposal_id limit :limit offset :offset""")
                .param("revision", revision)
                .param("everyClient", viewer.seesEveryClient())
                .param("client", viewer.client())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new ImpactedProposal(
                        rs.getObject("proposal_id", UUID.class),
                        rs.getString("reference"),
                        rs.getString("institution"),
                        rs.getObject("screening_id", UUID.class),
                        rs.getString("old_risk"),
                        rs.getString("new_risk")))
                .list();
    }

    private static Instant toInstant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
