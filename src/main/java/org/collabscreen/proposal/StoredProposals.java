package org.collabscreen.proposal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collabscreen.security.CurrentActor;
import org.collabscreen.security.Viewer;
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

    /**
     * The next proposals in insertion order after {@code after}, among those inserted before the {@code horizon}
     * transaction and in transactions that have ended: a proposal committing late is never skipped by a walk in this
     * order. Their subjects are read as stored, even where today's input checks would refuse them.
     */
    @Transactional(readOnly = true)
    public List<StoredProposal> nextInInsertOrder(InsertPosition after, String horizon, int limit) {
        List<InsertPosition> positions =
                proposals.findNextInInsertOrder(after.transactionId(), after.proposalId(), horizon, limit).stream()
                        .map(row -> new InsertPosition((String) row[0], (UUID) row[1]))
                        .toList();
        Map<UUID, Proposal> found =
                proposals
                        .findAllById(positions.stream()
                                .map(InsertPosition::proposalId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Proposal::getId, proposal -> proposal));
        return positions.stream()
                .map(position -> {
                    Proposal proposal = found.get(position.proposalId());
                    return new StoredProposal(
                            position.proposalId(), proposal.createdAt(), service.subject(proposal), position);
                })
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
        return service.history(proposalId, viewer, null, limit).screenings();
    }

    /** Re-screens a proposal against the current rulebook, through the same path as the API; returns the screening id. */
    @Transactional
    public UUID rescreen(UUID proposalId) {
        return service.rescreen(proposalId, EVERY_CLIENT).id();
    }
}
