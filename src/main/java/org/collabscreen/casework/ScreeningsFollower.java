package org.collabscreen.casework;

import java.time.Instant;

import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.proposal.ProposalSubmitted;
import org.collabscreen.screening.ScreeningCompleted;
import org.collabscreen.vocabulary.RiskLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each case in step with its proposal's screenings, in the screening's transaction: a new proposal opens a
 * case; a later screening moves its risk, and reopens a decided case when it raises the risk above the decided one.
 */
@Component
class ScreeningsFollower {

    private final Cases cases;
    private final DecisionStore decisions;
    private final ApplicationEventPublisher events;

    ScreeningsFollower(Cases cases, DecisionStore decisions, ApplicationEventPublisher events) {
        this.cases = cases;
        this.decisions = decisions;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProposalSubmitted submitted) {
        cases.open(
                submitted.proposalId(),
                submitted.client(),
                submitted.reference(),
                submitted.overallRisk(),
                submitted.submittedAt());
    }

    /** A proposal's first screening arrives before its case exists; ProposalSubmitted opens that one. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ScreeningCompleted screening) {
        if (screening.reproduction()) {
            return;
        }
        cases.lock(screening.proposalId()).ifPresent(current -> follow(current, screening));
    }

    private void follow(CaseResponse current, ScreeningCompleted screening) {
        RiskLevel risk = screening.overallRisk();
        CaseStatus status = current.status();
        boolean decided = status == CaseStatus.DECIDED || status == CaseStatus.AWAITING_SECOND_APPROVAL;
        RiskLevel decidedRisk = decided ? decisions.riskOf(current.decisionId()) : null;
        if (decidedRisk != null && risk.compareTo(decidedRisk) > 0) {
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
                    now));
        }
    }
}
