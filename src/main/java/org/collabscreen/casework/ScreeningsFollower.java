package org.collabscreen.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collabscreen.framework.Verdict;
import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.proposal.ProposalsSubmitted;
import org.collabscreen.screening.ScreeningCompleted;
import org.collabscreen.screening.ScreeningService;
import org.collabscreen.vocabulary.RiskLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each case in step with its proposal's screenings, in the screening's transaction: a new proposal opens a
 * case; a later screening moves its risk, and reopens a decided case when it raises the risk above the decided one or
 * changes a funder verdict of the decided screening.
 */
@Component
class ScreeningsFollower {

    private final Cases cases;
    private final DecisionStore decisions;
    private final ScreeningService screenings;
    private final ApplicationEventPublisher events;

    ScreeningsFollower(
            Cases cases, DecisionStore decisions, ScreeningService screenings, ApplicationEventPublisher events) {
        this.cases = cases;
        this.decisions = decisions;
        this.screenings = screenings;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProposalsSubmitted submitted) {
        cases.openAll(submitted.submitted());
    }

    /** A proposal's first screening arrives before its case exists; ProposalsSubmitted opens that one. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ScreeningCompleted screening) {
        if (screening.reproduction() || screening.first()) {
            return;
        }
        cases.lock(screening.proposalId()).ifPresent(current -> follow(current, screening));
    }

    private void follow(CaseResponse current, ScreeningCompleted screening) {
        RiskLevel risk = screening.overallRisk();
        CaseStatus status = current.status();
        boolean decided = status == CaseStatus.DECIDED || status == CaseStatus.AWAITING_SECOND_APPROVAL;
        RiskLevel decidedRisk = null;
        List<ReopenReason> reasons = new ArrayList<>();
        List<VerdictChange> verdictChanges = List.of();
        if (decided) {
            DecisionStore.DecidedOn decidedOn = decisions.decidedOn(current.decisionId());
            decidedRisk = decidedOn.overallRisk();
            if (risk.compareTo(decidedRisk) > 0) {
                reasons.add(ReopenReason.RISK_RAISED);
            }
            verdictChanges =
                    VerdictChange.between(verdictsOf(decidedOn.screeningId()), verdictsOf(screening.screeningId()));
            if (!verdictChanges.isEmpty()) {
                reasons.add(ReopenReason.VERDICT_CHANGED);
            }
        }
        if (!reasons.isEmpty()) {
            status = CaseStatus.REOPENED;
        }
        boolean riskChanged = risk != current.overallRisk();
        if (!riskChanged && status == current.status()) {
            return;
        }
        Instant now = cases.now();
        cases.riskChanged(current.proposalId(), risk, status, riskChanged ? now : current.riskChangedAt());
        if (status == CaseStatus.REOPENED && current.status() != CaseStatus.REOPENED) {
            events.publishEvent(new CaseEvents.CaseReopened(
                    current.proposalId(),
                    current.client(),
                    current.reference(),
                    current.decisionId(),
                    current.status(),
                    decidedRisk,
                    risk,
                    screening.screeningId(),
                    now,
                    reasons,
                    verdictChanges));
        }
    }

    private List<Verdict> verdictsOf(UUID screeningId) {
        return screenings
                .find(screeningId)
                .map(found -> found.assessment().verdicts())
                .orElse(List.of());
    }
}
