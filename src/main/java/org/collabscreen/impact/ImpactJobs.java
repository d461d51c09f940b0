package org.collabscreen.impact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.impact.ImpactResponse.ImpactedProposal;
import org.collabscreen.proposal.StoredProposal;
import org.collabscreen.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The change-impact jobs, one per rulebook revision, and the proposals each found changed. */
@Repository
class ImpactJobs {

    /** A job as claimed: its revision, when the revision was made, and the last proposal it finished. */
    record Job(int revision, Instant revisedAt, Instant lastCreatedAt, UUID lastProposalId) {}

    private final JdbcClient jdbc;

    ImpactJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(int revision) {
        jdbc.sql("""
                        insert into revision_impact_job (revision, created_at, status)
                        values (:revision, clock_timestamp(), 'PENDING')""").param("revision", revision).update();
    }

    /** The oldest pending job no other instance is working on, locked until the transaction ends. */
    Optional<Job> claimOldestPending() {
        return jdbc.sql("""
                        select revision, created_at, last_created_at, last_proposal_id from revision_impact_job
                        where status = 'PENDING' order by revision limit 1 for update skip locked""")
                .query((rs, n) -> new Job(
                        rs.getInt(1),
                        toInstant(rs.getObject(2, OffsetDateTime.class)),
                        toInstant(rs.getObject(3, OffsetDateTime.class)),
                        rs.getObject(4, UUID.class)))
                .optional();
    }

    /** Records a finished batch; {@code last} is its last proposal, null when the batch was empty. */
    void advance(Job job, StoredProposal last, int checked, int rescreened, boolean done) {
        jdbc.sql("""
                        update revision_impact_job
                           set last_proposal_id = coalesce(cast(:last as uuid), last_proposal_id),
                               last_created_at = coalesce(cast(:lastCreatedAt as timestamptz), last_created_at),
                               checked = checked + :checked,
                               rescreened = rescreened + :rescreened,
                               status = case when :done then 'DONE' else 'PENDING' end,
                               finished_at = case when :done then now() end
                        where revision = :revision""")
                .param("last", last == null ? null : last.id())
                .param("lastCreatedAt", last == null ? null : last.createdAt().atOffset(ZoneOffset.UTC))
                .param("checked", checked)
                .param("rescreened", rescreened)
                .param("done", done)
                .param("revision", job.revision())
                .update();
    }

    void recordImpact(int revision, UUID proposalId, UUID screeningId, String oldRisk, String newRisk) {
        jdbc.sql("""
                        insert into revision_impact (revision, proposal_id, screening_id, old_risk, new_risk)
                        values (:revision, :proposalId, :screeningId, :oldRisk, :newRisk)""")
                .param("revision", revision)
                .param("proposalId", proposalId)
                .param("screeningId", screeningId)
                .param("oldRisk", oldRisk)
                .param("newRisk", newRisk)
                .update();
    }

    /** The job's progress and the changed proposals the viewer may see: another client's are left out, as elsewhere. */
    Optional<ImpactResponse> impact(int revision, Viewer viewer, int page, int size) {
        return jdbc.sql(
                        "select status, checked, rescreened, finished_at from revision_impact_job where revision = :revision")
                .param("revision", revision)
                .query((rs, n) -> new ImpactResponse(
                        revision,
                        rs.getString("status"),
                        rs.getInt("checked"),
                        rs.getInt("rescreened"),
                        toInstant(rs.getObject("finished_at", OffsetDateTime.class)),
                        changed(revision, viewer, page, size)))
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
