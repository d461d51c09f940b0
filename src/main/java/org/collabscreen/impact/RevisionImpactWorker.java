package org.collabscreen.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.proposal.StoredProposal;
import org.collabscreen.proposal.StoredProposals;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.rulebook.ServedRevisions;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.Screening;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.web.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through pending change-impact jobs, one batch of proposals per transaction, in the order the proposals'
 * transactions were assigned ids, and only among transactions that have ended: a proposal screened with the rulebook
 * before the revision by an instance that had not yet seen it, and committed late, is still ahead of the job. A job is
 * done once it has walked every proposal inserted before its horizon (set by the database's clock once the revision has
 * settled) and every transaction before the horizon has ended. A proposal first screened before revision n is affected
 * by it when the rulebooks as of n - 1 and n assess it differently; the overall risks under those two rulebooks are what
 * the job records for n, so each revision is credited with its own effect whatever order jobs run in. An affected
 * proposal whose latest screening predates n is re-screened through {@link StoredProposals#rescreen} (the API's path),
 * each in a transaction of its own: the job holds no proposal's lock while it takes another's, so it takes locks in the
 * API's order. A failure of a batch counts as an attempt, unless the database could not be reached at all (then the
 * job only pauses: an outage says nothing about the job); after {@code maxAttempts} in a row the job is FAILED with
 * its error and the next revision's job goes on. Several instances share the work: a job is locked while a batch runs.
 */
@Component
class RevisionImpactWorker {

    private static final Logger log = LoggerFactory.getLogger(RevisionImpactWorker.class);

    private final ImpactJobs jobs;
    private final StoredProposals proposals;
    private final ScreeningService screenings;
    private final RulebookSnapshots rulebook;
    private final ServedRevisions served;
    private final ImpactProperties properties;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    /** The job whose batch this thread runs, so a failure that escapes the transaction is charged to it. */
    private final ThreadLocal<Integer> current = new ThreadLocal<>();

    RevisionImpactWorker(
            ImpactJobs jobs,
            StoredProposals proposals,
            ScreeningService screenings,
            RulebookSnapshots rulebook,
            ServedRevisions served,
            ImpactProperties properties,
            PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.proposals = proposals;
        this.screenings = screenings;
        this.rulebook = rulebook;
        this.served = served;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs batches until no pending job is left that this instance can take. */
    void runPending() {
        try {
            while (Boolean.TRUE.equals(transaction.execute(status -> runBatch()))) {
                current.remove();
            }
        } catch (RuntimeException e) {
            recordFailure(current.get(), e);
        } finally {
            current.remove();
        }
    }

    /** One batch of the oldest pending job; whether there may be more to do at once. */
    private boolean runBatch() {
        ImpactJobs.Job job = jobs.claimOldestPending(
                        properties.settle(),
                        revision -> served.everyInstanceServes(revision, properties.inFlightGrace()))
                .orElse(null);
        if (job == null || rulebook.current().revision() < job.revision()) {
            return false;
        }
        current.set(job.revision());
        return walk(job);
    }

    private boolean walk(ImpactJobs.Job job) {
        if (job.horizon() == null) {
            return false;
        }
        boolean horizonPassed = jobs.allEndedBefore(job.horizon());
        List<StoredProposal> batch = proposals.nextInInsertOrder(job.last(), job.horizon(), properties.batchSize());
        boolean done = horizonPassed && batch.size() < properties.batchSize();
        if (batch.isEmpty() && !done) {
            return false;
        }
        int rescreened = check(job, batch);
        jobs.advance(
                job, batch.isEmpty() ? null : batch.get(batch.size() - 1).position(), batch.size(), rescreened, done);
        if (done) {
            log.info("Change impact of rulebook revision {} checked", job.revision());
        }
        return true;
    }

    /** Assesses the batch, re-screens the affected proposals, records those whose risk changed; how many re-screened. */
    private int check(ImpactJobs.Job job, List<StoredProposal> batch) {
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
                screeningId = ownTransaction.execute(status -> proposals.rescreen(proposal.id()));
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
        return rescreened;
    }

    private void recordFailure(Integer failed, RuntimeException e) {
        if (failed == null || !countsAsAttempt(e)) {
            log.warn("Change-impact job paused, will retry: {}", e.toString());
            return;
        }
        String error = e.getClass().getSimpleName() + " while checking the next batch; the log has the details";
        try {
            boolean gaveUp = Boolean.TRUE.equals(
                    ownTransaction.execute(status -> jobs.recordFailure(failed, error, properties.maxAttempts())));
            if (gaveUp) {
                log.error(
                        "Change-impact job of revision {} FAILED after {} attempts",
                        failed,
                        properties.maxAttempts(),
                        e);
            } else {
                log.warn("Change-impact job of revision {} failed, will retry", failed, e);
            }
        } catch (RuntimeException recording) {
            log.warn(
                    "Change-impact job of revision {} failed and the failure could not be recorded: {}",
                    failed,
                    recording.toString());
        }
    }

    /** Whether the failure is charged to the job: any but the database being out of reach. */
    static boolean countsAsAttempt(Throwable failure) {
        return !DatabaseFailures.isUnreachable(failure);
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
