package org.collabscreen.proposal;

import java.util.List;

import jakarta.annotation.PreDestroy;
import org.collabscreen.security.CurrentActor;
import org.collabscreen.web.DatabaseFailures;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Single proposal submissions, stored by group commit ({@link GroupCommit}): the proposals that concurrent requests
 * submit at the same moment share one transaction, written with JDBC batching like a batch request's. Each request
 * still answers 201 only after its proposal, screening and audit events are committed. Proposals of different actors
 * never share a transaction, so every audit event names the actor whose request it records.
 */
@Component
class GroupedProposalWrites {

    /** At most this many proposals per transaction. */
    private static final int MOST_PER_TRANSACTION = 32;

    private final ProposalService proposals;
    private final CurrentActor actor;
    private final GroupCommit<Submission, ProposalResponse> commits;

    GroupedProposalWrites(ProposalService proposals, CurrentActor actor, GroupCommitProperties properties) {
        this.proposals = proposals;
        this.actor = actor;
        this.commits = new GroupCommit<>(
                "proposal-writer",
                properties.writers(),
                MOST_PER_TRANSACTION,
                this::storeAll,
                Submission::actor,
                GroupedProposalWrites::mayBeOneItemsData,
                DatabaseFailures::isUnreachable);
    }

    /**
     * Stores the screened proposal with whatever else is being submitted now; returns once it is committed. Its rows
     * (the assessment written as JSON) are prepared here, on the request's thread, so the shared transaction and its
     * writer thread do only the database's part.
     */
    ProposalResponse store(ScreenedProposal screened) {
        return commits.submit(
                new Submission(proposals.prepare(screened), ProposalService.response(screened), actor.name()));
    }

    private List<ProposalResponse> storeAll(List<Submission> group) {
        List<PreparedProposal> rows = group.stream().map(Submission::rows).toList();
        actor.actingFor(group.get(0).actor(), () -> {
            proposals.storePrepared(rows);
            return null;
        });
        return group.stream().map(Submission::response).toList();
    }

    /**
     * Whether a failed group is worth retrying item by item: a constraint violated by one proposal's data, or an
     * error outside the database. Anything from the connection or the transaction (the database down, a timeout)
     * fails the whole group at once: retrying each item would make every request wait once per item.
     */
    private static boolean mayBeOneItemsData(RuntimeException failure) {
        if (DatabaseFailures.isTransient(failure)) {
            return false;
        }
        return failure instanceof DataIntegrityViolationException
                || !(failure instanceof DataAccessException || failure instanceof TransactionException);
    }

    @PreDestroy
    void stop() {
        commits.stop();
    }

    private record Submission(PreparedProposal rows, ProposalResponse response, String actor) {}
}
