package org.collabscreen.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * A decision on one screening, its conditions and its second approval.
 *
 * @param overallRisk   the screening's overall risk when it was decided
 * @param needsApproval whether its risk level needs a second principal's approval
 * @param approval      the second approval, or null
 */
@Schema(description = "A decision, its conditions and its second approval")
public record DecisionResponse(
        UUID id,
        UUID proposalId,
        UUID screeningId,
        RiskLevel overallRisk,
        DecisionOutcome outcome,
        String rationale,
        List<ConditionResponse> conditions,
        boolean needsApproval,
        DecisionStatus status,
        String decidedBy,
        Instant decidedAt,
        ApprovalResponse approval) {

    public DecisionResponse {
        conditions = List.copyOf(conditions);
    }

    /** Where a decision stands. */
    @Schema(enumAsRef = true, description = "Where a decision stands")
    public enum DecisionStatus {
        /** Needs a second principal's approval. */
        AWAITING_SECOND_APPROVAL,
        /** In force: needed no approval, or got it. */
        DECIDED,
        /** A later decision replaced it before it was approved. */
        SUPERSEDED
    }

    /** A second principal's approval. */
    public record ApprovalResponse(UUID id, String approvedBy, Instant approvedAt) {}

    /** A condition of the decision, its current status and every change of it. */
    public record ConditionResponse(
            UUID id,
            int position,
            String text,
            boolean fromMitigation,
            ConditionStatus status,
            String changedBy,
            Instant changedAt,
            List<ConditionChange> history) {

        public ConditionResponse {
            history = List.copyOf(history);
        }

        /** The strong ETag of the condition as it stands: If-Match for changing its status. */
        @JsonProperty("etag")
        @Schema(description = "The condition's ETag: send it in If-Match to change its status")
        public String etag() {
            return "\"" + id + "." + history.size() + "\"";
        }
    }

    /** One status of a condition, who set it and when. */
    public record ConditionChange(ConditionStatus status, String note, String changedBy, Instant changedAt) {}

    /** The strong ETag of the decision as it stands: If-Match for approving it. */
    String etag() {
        int changes = conditions.stream().mapToInt(c -> c.history().size()).sum();
        return "\"" + id + "." + (approval == null ? 0 : 1) + "." + changes + "\"";
    }
}
