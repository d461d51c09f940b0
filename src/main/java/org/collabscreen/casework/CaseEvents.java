package org.collabscreen.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.screening.FindingDisposition;
import org.collabscreen.vocabulary.RiskLevel;

/** The events of casework, each a {@link CaseEvent}. */
public final class CaseEvents {

    private CaseEvents() {}

    /** A reviewer judged a finding. */
    public record DispositionRecorded(
            UUID proposalId,
            UUID dispositionId,
            UUID screeningId,
            String ruleId,
            String field,
            FindingDisposition disposition,
            String reason,
            int ruleRevision)
            implements CaseEvent {

        @Override
        public String action() {
            return "DISPOSITION_RECORDED";
        }
    }

    /** A decision was taken on a screening; {@code needsApproval} when a second person must confirm it. */
    public record DecisionRecorded(
            UUID proposalId,
            UUID decisionId,
            UUID screeningId,
            RiskLevel overallRisk,
            DecisionOutcome outcome,
            String rationale,
            List<String> conditions,
            boolean needsApproval)
            implements CaseEvent {

        public DecisionRecorded {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String action() {
            return "DECISION_RECORDED";
        }
    }

    /** A second principal approved a decision. */
    public record DecisionApproved(UUID proposalId, UUID decisionId, UUID approvalId) implements CaseEvent {

        @Override
        public String action() {
            return "DECISION_APPROVED";
        }
    }

    /** A case is decided: its decision needed no second approval, or got it. Webhooks send {@code CASE_DECIDED}. */
    public record CaseDecided(
            UUID proposalId,
            String client,
            String reference,
            UUID decisionId,
            UUID screeningId,
            RiskLevel overallRisk,
            DecisionOutcome outcome,
            Instant occurredAt)
            implements CaseEvent {

        @Override
        public String action() {
            return "CASE_DECIDED";
        }
    }

    /**
     * A later screening raised the risk or changed a funder verdict after a decision. Webhooks send
     * {@code CASE_REOPENED}.
     *
     * @param reasons        what reopened it: the risk, the verdicts, or both
     * @param verdictChanges each framework whose verdict differs from the decided screening's; empty when only the
     *                       risk rose
     */
    public record CaseReopened(
            UUID proposalId,
            String client,
            String reference,
            UUID decisionId,
            CaseStatus previousStatus,
            RiskLevel decidedRisk,
            RiskLevel newOverallRisk,
            UUID screeningId,
            Instant occurredAt,
            List<ReopenReason> reasons,
            List<VerdictChange> verdictChanges)
            implements CaseEvent {

        public CaseReopened {
            reasons = List.copyOf(reasons);
            verdictChanges = List.copyOf(verdictChanges);
        }

        @Override
        public String action() {
            return "CASE_REOPENED";
        }
    }

    /** A reviewer was assigned to a case (or the assignment cleared). */
    public record CaseAssigned(UUID proposalId, String previousAssignee, String assignee) implements CaseEvent {

        @Override
        public String action() {
            return "CASE_ASSIGNED";
        }
    }

    /** A decision's condition changed status. */
    public record ConditionChanged(
            UUID proposalId, UUID decisionId, UUID conditionId, ConditionStatus status, String note)
            implements CaseEvent {

        @Override
        public String action() {
            return "CONDITION_CHANGED";
        }
    }
}
