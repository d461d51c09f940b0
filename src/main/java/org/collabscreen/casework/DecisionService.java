package org.collabscreen.casework;

import java.util.List;
import java.util.UUID;

import org.collabscreen.casework.DecisionResponse.ConditionResponse;
import org.collabscreen.casework.DecisionStore.NewDecision;
import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.screening.Screening;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.security.CurrentActor;
import org.collabscreen.security.Viewer;
import org.collabscreen.security.Viewers;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on a proposal's latest screening, their second approval by another principal where the risk needs four
 * eyes, and the status of their conditions. Nothing is overwritten: a new decision supersedes the one before.
 */
@Service
class DecisionService {

    private final Cases cases;
    private final DecisionStore decisions;
    private final ScreeningService screenings;
    private final ReviewProperties properties;
    private final CurrentActor actor;
    private final Viewers viewers;
    private final ApplicationEventPublisher events;

    DecisionService(
            Cases cases,
            DecisionStore decisions,
            ScreeningService screenings,
            ReviewProperties properties,
            CurrentActor actor,
            Viewers viewers,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.decisions = decisions;
        this.screenings = screenings;
        this.properties = properties;
        this.actor = actor;
        this.viewers = viewers;
        this.events = events;
    }

    @Transactional
    DecisionResponse decide(UUID proposalId, DecisionRequest request, Viewer viewer) {
        CaseResponse current = cases.lockVisible(proposalId, viewer);
        Screening latest = latest(proposalId);
        if (!latest.id().equals(request.screeningId())) {
            throw CaseworkProblems.conflict("Screening " + request.screeningId()
                    + " is not the proposal's latest screening; decide on " + latest.id());
        }
        boolean withConditions = request.outcome() == DecisionOutcome.APPROVED_WITH_CONDITIONS;
        if (withConditions && request.conditions().isEmpty()) {
            throw new InvalidFieldException("conditions", "must name at least one condition for " + request.outcome());
        }
        if (!withConditions && !request.conditions().isEmpty()) {
            throw new InvalidFieldException("conditions", "are taken only with APPROVED_WITH_CONDITIONS");
        }
        RiskLevel risk = latest.assessment().overallRisk();
        boolean needsApproval = properties.fourEyesLevels().contains(risk);
        NewDecision decision = new NewDecision(
                UUID.randomUUID(),
                proposalId,
                latest.id(),
                risk,
                request.outcome(),
                request.rationale().strip(),
                needsApproval,
                actor.name(),
                viewers.currentKeyId(),
                cases.now());
        decisions.insert(decision);
        List<String> mitigations = latest.assessment().mitigations();
        for (int i = 0; i < request.conditions().size(); i++) {
            String text = request.conditions().get(i).strip();
            UUID conditionId = UUID.randomUUID();
            decisions.insertCondition(decision.id(), conditionId, i, text, mitigations.contains(text));
            decisions.insertConditionChange(
                    conditionId, ConditionStatus.OPEN, null, decision.decidedBy(), decision.decidedAt());
        }
        CaseStatus status = needsApproval ? CaseStatus.AWAITING_SECOND_APPROVAL : CaseStatus.DECIDED;
        cases.update(proposalId, status, current.assignee(), decision.id());
        events.publishEvent(new CaseEvents.DecisionRecorded(
                proposalId,
                decision.id(),
                latest.id(),
                risk,
                request.outcome(),
                decision.rationale(),
                request.conditions(),
                needsApproval));
        if (!needsApproval) {
            decided(current, decision.id(), latest.id(), risk, request.outcome());
        }
        return get(proposalId, decision.id(), viewer);
    }

    @Transactional
    DecisionResponse approve(UUID proposalId, UUID decisionId, String ifMatch, Viewer viewer) {
        CaseResponse current = cases.lockVisible(proposalId, viewer);
        DecisionResponse decision = matching(get(proposalId, decisionId, viewer), ifMatch);
        if (!decision.needsApproval()) {
            throw CaseworkProblems.conflict("Decision " + decisionId + " needs no second approval");
        }
        if (decision.approval() != null) {
            throw CaseworkProblems.conflict("Decision " + decisionId + " is already approved");
        }
        if (!decisionId.equals(current.decisionId())) {
            throw CaseworkProblems.conflict("Decision " + decisionId + " was superseded by " + current.decisionId());
        }
        if (current.status() != CaseStatus.AWAITING_SECOND_APPROVAL) {
            throw CaseworkProblems.conflict("The case is " + current.status() + ": take a new decision");
        }
        Screening latest = latest(proposalId);
        if (!latest.id().equals(decision.screeningId())) {
            throw CaseworkProblems.conflict("Decision " + decisionId + " was taken on screening "
                    + decision.screeningId() + ", which is no longer the latest (" + latest.id()
                    + "): take a new decision");
        }
        UUID key = viewers.currentKeyId();
        if (key.equals(decisions.decidedByKey(decisionId).orElseThrow())) {
            throw CaseworkProblems.samePrincipal();
        }
        UUID approvalId = UUID.randomUUID();
        decisions.insertApproval(approvalId, decisionId, actor.name(), key, cases.now());
        cases.update(proposalId, CaseStatus.DECIDED, current.assignee(), decisionId);
        events.publishEvent(new CaseEvents.DecisionApproved(proposalId, decisionId, approvalId));
        decided(current, decisionId, decision.screeningId(), decision.overallRisk(), decision.outcome());
        return get(proposalId, decisionId, viewer);
    }

    @Transactional
    ConditionResponse changeCondition(
            UUID proposalId,
            UUID decisionId,
            UUID conditionId,
            ConditionRequest request,
            String ifMatch,
            Viewer viewer) {
        cases.lockVisible(proposalId, viewer);
        ConditionResponse condition = condition(proposalId, decisionId, conditionId, viewer);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw CaseworkProblems.ifMatchMissing("condition");
        }
        if (!EntityTagMatch.matches(ifMatch, condition.etag())) {
            throw CaseworkProblems.stale("condition", condition.etag());
        }
        decisions.insertConditionChange(conditionId, request.status(), request.note(), actor.name(), cases.now());
        events.publishEvent(
                new CaseEvents.ConditionChanged(proposalId, decisionId, conditionId, request.status(), request.note()));
        return condition(proposalId, decisionId, conditionId, viewer);
    }

    @Transactional(readOnly = true)
    List<DecisionResponse> list(UUID proposalId, Viewer viewer) {
        CaseResponse current = cases.visible(proposalId, viewer);
        return decisions.of(proposalId, current.decisionId());
    }

    @Transactional(readOnly = true)
    DecisionResponse get(UUID proposalId, UUID decisionId, Viewer viewer) {
        return list(proposalId, viewer).stream()
                .filter(decision -> decision.id().equals(decisionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Decision", decisionId));
    }

    ConditionResponse condition(UUID proposalId, UUID decisionId, UUID conditionId, Viewer viewer) {
        return get(proposalId, decisionId, viewer).conditions().stream()
                .filter(condition -> condition.id().equals(conditionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Condition", conditionId));
    }

    private static DecisionResponse matching(DecisionResponse decision, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw CaseworkProblems.ifMatchMissing("decision");
        }
        if (!EntityTagMatch.matches(ifMatch, decision.etag())) {
            throw CaseworkProblems.stale("decision", decision.etag());
        }
        return decision;
    }

    private Screening latest(UUID proposalId) {
        return screenings.latest(proposalId).orElseThrow(() -> new NotFoundException("Proposal", proposalId));
    }

    private void decided(
            CaseResponse current, UUID decisionId, UUID screeningId, RiskLevel risk, DecisionOutcome outcome) {
        events.publishEvent(new CaseEvents.CaseDecided(
                current.proposalId(),
                current.client(),
                current.reference(),
                decisionId,
                screeningId,
                risk,
                outcome,
                cases.now()));
    }
}
