package org.collabscreen.casework;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.proposal.ProposalCase;
import org.collabscreen.proposal.ProposalCases;
import org.collabscreen.security.Viewer;
import org.collabscreen.web.PageResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue and assignments; proposals show their case through {@link ProposalCases}. */
@Service
class CaseService implements ProposalCases {

    private final Cases cases;
    private final ApplicationEventPublisher events;

    CaseService(Cases cases, ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
    }

    @Transactional(readOnly = true)
    PageResponse<CaseResponse> queue(CaseFilter filter, Viewer viewer, String cursor, int size) {
        return cases.queue(filter, viewer, cursor == null ? null : CaseCursor.decode(cursor), size);
    }

    /** Assigns a reviewer; an OPEN case goes IN_REVIEW. */
    @Transactional
    CaseResponse assign(UUID proposalId, String assignee, Viewer viewer) {
        CaseResponse current = cases.lockVisible(proposalId, viewer);
        if (!Objects.equals(current.assignee(), assignee)) {
            CaseStatus status =
                    current.status() == CaseStatus.OPEN && assignee != null ? CaseStatus.IN_REVIEW : current.status();
            cases.update(proposalId, status, assignee, current.decisionId());
            events.publishEvent(new CaseEvents.CaseAssigned(proposalId, current.assignee(), assignee));
        }
        return cases.visible(proposalId, viewer);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProposalCase> caseOf(UUID proposalId) {
        return cases.find(proposalId).map(CaseResponse::summary);
    }
}
