package org.collabscreen.impact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a rulebook revision changed among the stored proposals.
 *
 * @param status     PENDING while the background re-screening runs, then DONE; FAILED when it failed
 *                   {@code collabscreen.impact.max-attempts} times in a row (later revisions' jobs go on)
 * @param checked    proposals compared against the revised rulebook so far
 * @param rescreened proposals whose assessment changed and got a new screening
 * @param changed    the proposals whose overall risk changed (one page)
 * @param attempts   failed attempts in a row at the job's next batch (0 after a batch succeeds)
 * @param error      why the last attempt failed, null when it did not
 */
record ImpactResponse(
        int revision,
        String status,
        int checked,
        int rescreened,
        Instant finishedAt,
        List<ImpactedProposal> changed,
        int attempts,
        String error) {

    record ImpactedProposal(
            UUID proposalId,
            String reference,
            String institution,
            UUID screeningId,
            String oldOverallRisk,
            String newOverallRisk) {}
}
