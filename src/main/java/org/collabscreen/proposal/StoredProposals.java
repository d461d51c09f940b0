package org.collabscreen.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.collabscreen.security.CurrentActor;
import org.collabscreen.security.Viewer;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The proposals module's API for background work over every client's stored proposals, such as change impact. */
@Service
public class StoredProposals {

    /** Background work acts for every client. */
    private static final Viewer EVERY_CLIENT = new Viewer(CurrentActor.SYSTEM, true);

    private final ProposalRepository proposals;
    private final ProposalService service;

    StoredProposals(ProposalRepository proposals, ProposalService service) {
        this.proposals = proposals;
        this.service = service;
    }

    /** The next proposals in creation order after the given one, created no later than {@code until}. */
    @Transactional(readOnly = true)
    public List<StoredProposal> nextInCreationOrder(Instant afterCreatedAt, UUID afterId, Instant until, int limit) {
        return proposals.findNextForImpact(afterCreatedAt, afterId, until, Limit.of(limit)).stream()
                .map(proposal -> new StoredProposal(proposal.getId(), proposal.createdAt(), service.subject(proposal)))
                .toList();
    }

    /** A proposal with its latest screening and its case, as {@code GET /api/v1/proposals/{id}} shows it to the viewer. */
    @Transactional(readOnly = true)
    public ProposalResponse view(UUID proposalId, Viewer viewer) {
        return service.get(proposalId, viewer);
    }

    /** Every screening of a proposal the viewer may see, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ScreeningResponse> screenings(UUID proposalId, Viewer viewer, int limit) {
        return service.history(proposalId, viewer, limit).screenings();
    }

    /** Re-screens a proposal against the current rulebook, through the same path as the API; returns the screening id. */
    @Transactional
    public UUID rescreen(UUID proposalId) {
        return service.rescreen(proposalId, EVERY_CLIENT).id();
    }
}
