package org.collabscreen.proposal;

import java.util.List;

/**
 * Proposals were stored with their first screenings, in one transaction (a single POST, a group commit, or a slice of
 * a batch); published in that transaction, once for all of them, so that listeners can write their rows in one batch.
 */
public record ProposalsSubmitted(List<ProposalSubmitted> submitted) {

    public ProposalsSubmitted {
        submitted = List.copyOf(submitted);
    }
}
