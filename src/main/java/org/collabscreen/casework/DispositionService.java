package org.collabscreen.casework;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.proposal.StoredProposals;
import org.collabscreen.rulebook.RuleVersions;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.FindingKeys;
import org.collabscreen.screening.Screening;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.security.CurrentActor;
import org.collabscreen.security.Viewer;
import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records reviewers' judgements on the findings of a proposal's latest screening, then re-screens the proposal so that
 * its latest screening applies them at once.
 */
@Service
class DispositionService {

    private final Cases cases;
    private final Dispositions dispositions;
    private final ScreeningService screenings;
    private final StoredProposals proposals;
    private final RuleVersions ruleVersions;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;

    DispositionService(
            Cases cases,
            Dispositions dispositions,
            ScreeningService screenings,
            StoredProposals proposals,
            RuleVersions ruleVersions,
            CurrentActor actor,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.dispositions = dispositions;
        this.screenings = screenings;
        this.proposals = proposals;
        this.ruleVersions = ruleVersions;
        this.actor = actor;
        this.events = events;
    }

    @Transactional
    DispositionResponse record(UUID proposalId, DispositionRequest request, Viewer viewer) {
        CaseResponse current = cases.lockVisible(proposalId, viewer);
        Screening latest =
                screenings.latest(proposalId).orElseThrow(() -> new NotFoundException("Proposal", proposalId));
        String key = FindingKeys.of(request.ruleId(), request.field());
        if (findings(latest).noneMatch(finding -> FindingKeys.of(finding).equals(key))) {
            throw new InvalidFieldException(
                    "ruleId", "names no finding of the latest screening " + latest.id() + " with this field");
        }
        DispositionResponse recorded = new DispositionResponse(
                UUID.randomUUID(),
                proposalId,
                latest.id(),
                request.ruleId(),
                request.field(),
                request.disposition(),
                request.reason().strip(),
                ruleVersions.lastChanged(request.ruleId(), latest.assessment().rulebookRevision()),
                actor.name(),
                cases.now(),
                null);
        dispositions.insert(recorded);
        if (current.status() == CaseStatus.OPEN) {
            cases.update(proposalId, CaseStatus.IN_REVIEW, current.assignee(), current.decisionId());
        }
        events.publishEvent(new CaseEvents.DispositionRecorded(
                proposalId,
                recorded.id(),
                recorded.screeningId(),
                recorded.ruleId(),
                recorded.field(),
                recorded.disposition(),
                recorded.reason(),
                recorded.ruleRevision()));
        return recorded.appliedBy(proposals.rescreen(proposalId));
    }

    @Transactional(readOnly = true)
    List<DispositionResponse> list(UUID proposalId, Viewer viewer) {
        cases.visible(proposalId, viewer);
        return dispositions.of(proposalId);
    }

    /** The findings a disposition may judge: those counted and those already dismissed. */
    private static Stream<Finding> findings(Screening screening) {
        Stream<Finding> counted = screening.assessment().findings().stream();
        return screening.dispositions() == null
                ? counted
                : Stream.concat(counted, screening.dispositions().dismissedFindings().stream());
    }
}
