package org.collabscreen.impact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.proposal.StoredProposal;
import org.collabscreen.proposal.StoredProposals;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.Screening;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.screening.ScreeningSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through pending change-impact jobs, one batch of proposals per transaction, in the order proposals were
 * created, up to those created {@code settle} after the revision and at least {@code inFlightMargin} ago: so a
 * proposal screened with the rulebook before the revision by an instance that had not yet seen it, and committed late,
 * is still ahead of the job. A proposal first screened before
 * revision n is affected by it when the rulebooks as of n - 1 and n assess it differently; the overall risks under
 * those two rulebooks are what the job records for n, so each revision is credited with its own effect whatever order
 * jobs run in. An affected proposal whose latest screening predates n is re-screened through
 * {@link StoredProposals#rescreen} (the API's path). The assessments run before any re-screen, so the locks a re-screen
 * takes (its proposal row, the audit trail) are held only for the re-screens. Several instances share the work: a job
 * is locked while a batch runs.
 */
@Component
class RevisionImpactWorker {

    private static final Logger log = LoggerFactory.getLogger(RevisionImpactWorker.class);
    /** PostgreSQL orders uuids as unsigned bytes, so the all-zero uuid comes before every other. */
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final ImpactJobs jobs;
    private final StoredProposals proposals;
    private final ScreeningService screenings;
    private final RulebookSnapshots rulebook;
    private final ImpactProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    RevisionImpactWorker(
            ImpactJobs jobs,
            StoredProposals proposals,
            ScreeningService screenings,
            RulebookSnapshots rulebook,
            ImpactProperties properties,
            TransactionTemplate transaction) {
        this.jobs = jobs;
        this.proposals = proposals;
        this.screenings = screenings;
        this.rulebook = rulebook;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** Runs batches until no pending job is left that this instance can take. */
    void runPending() {
        try {
            while (Boolean.TRUE.equals(transaction.execute(status -> runBatch()))) {
                Thread.yield();
            }
        } catch (DataAccessException e) {
            log.warn("Change-impact job paused, will retry: {}", e.getMessage());
        }
    }

    private boolean runBatch() {
        ImpactJobs.Job job = jobs.claimOldestPending().orElse(null);
        if (job == null || rulebook.current().revision() < job.revision()) {
            return false;
        }
        Instant walkedUntil = job.revisedAt().plus(properties.settle());
        Instant committedBefore = clock.instant().minus(properties.inFlightMargin());
        Instant until = committedBefore.isBefore(walkedUntil) ? committedBefore : walkedUntil;
        List<StoredProposal> batch = proposals.nextInCreationOrder(
                job.lastCreatedAt() == null ? Instant.EPOCH : job.lastCreatedAt(),
                job.lastProposalId() == null ? BEFORE_ALL : job.lastProposalId(),
                until,
                properties.batchSize());
        boolean done = batch.size() < properties.batchSize() && !committedBefore.isBefore(walkedUntil);
        if (batch.isEmpty() && !done) {
            return false;
        }
        List<UUID> ids = batch.stream().map(StoredProposal::id).toList();
        Map<UUID, Integer> firstRevisions = screenings.firstRevisions(ids);
        Map<UUID, Screening> latest = screenings.latest(ids);
        List<Affected> affected = new ArrayList<>();
        for (StoredProposal proposal : batch) {
            Integer first = firstRevisions.get(proposal.id());
            if (first != null && first < job.revision()) {
                changeBy(job.revision(), proposal.subject())
                        .ifPresent(change -> affected.add(new Affected(proposal.id(), change)));
            }
        }
        int rescreened = 0;
        for (Affected proposal : affected) {
            Screening current = latest.get(proposal.id());
            UUID screeningId = current.id();
            if (current.assessment().rulebookRevision() < job.revision()) {
                screeningId = proposals.rescreen(proposal.id());
                rescreened++;
            }
            Change change = proposal.change();
            if (change.before().overallRisk() != change.after().overallRisk()) {
                jobs.recordImpact(
                        job.revision(),
                        proposal.id(),
                        screeningId,
                        change.before().overallRisk().name(),
                        change.after().overallRisk().name());
            }
        }
        jobs.advance(job, batch.isEmpty() ? null : batch.get(batch.size() - 1), batch.size(), rescreened, done);
        if (done) {
            log.info("Change impact of rulebook revision {} checked", job.revision());
        }
        return true;
    }

    /** What the revision itself changes in what screening finds: the rulebook just before it against the one after. */
    private Optional<Change> changeBy(int revision, ScreeningSubject subject) {
        Assessment before = screenings.assessAsOf(subject, revision - 1);
        Assessment after = screenings.assessAsOf(subject, revision);
        boolean changed = before.overallRisk() != after.overallRisk()
                || !before.dualUse().equals(after.dualUse())
                || !before.talentProgramme().equals(after.talentProgramme())
                || !before.findings().equals(after.findings())
                || !before.mitigations().equals(after.mitigations())
                || !Objects.equals(before.escalation(), after.escalation())
                || !before.verdicts().equals(after.verdicts());
        return changed ? Optional.of(new Change(before, after)) : Optional.empty();
    }

    /** A proposal's assessments under the rulebooks just before and just after a revision. */
    private record Change(Assessment before, Assessment after) {}

    private record Affected(UUID id, Change change) {}
}
