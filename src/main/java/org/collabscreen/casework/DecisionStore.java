package org.collabscreen.casework;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collabscreen.casework.DecisionResponse.ApprovalResponse;
import org.collabscreen.casework.DecisionResponse.ConditionChange;
import org.collabscreen.casework.DecisionResponse.ConditionResponse;
import org.collabscreen.casework.DecisionResponse.DecisionStatus;
import org.collabscreen.vocabulary.RiskLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only store of decisions, their conditions with every status change, and their approvals. */
@Repository
class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision as it was taken. */
    record NewDecision(
            UUID id,
            UUID proposalId,
            UUID screeningId,
            RiskLevel overallRisk,
            DecisionOutcome outcome,
            String rationale,
            boolean needsApproval,
            String decidedBy,
            UUID decidedByKey,
            Instant decidedAt) {}

    void insert(NewDecision decision) {
        jdbc.sql("""
                        insert into case_decision (id, proposal_id, screening_id, overall_risk, outcome, rationale,
                                                   needs_approval, decided_by, decided_by_key, decided_at)
                        values (:id, :proposal, :screening, :risk, :outcome, :rationale, :needsApproval, :by, :key, :at)""")
                .param("id", decision.id())
                .param("proposal", decision.proposalId())
                .param("screening", decision.screeningId())
                .param("risk", decision.overallRisk().name())
                .param("outcome", decision.outcome().name())
                .param("rationale", decision.rationale())
                .param("needsApproval", decision.needsApproval())
                .param("by", decision.decidedBy())
                .param("key", decision.decidedByKey())
                .param("at", decision.decidedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    void insertCondition(UUID decisionId, UUID conditionId, int position, String text, boolean fromMitigation) {
        jdbc.sql("""
                        insert into case_condition (id, decision_id, position, text, from_mitigation)
                        values (:id, :decision, :position, :text, :fromMitigation)""")
                .param("id", conditionId)
                .param("decision", decisionId)
                .param("position", position)
                .param("text", text)
                .param("fromMitigation", fromMitigation)
                .update();
    }

    void insertConditionChange(UUID conditionId, ConditionStatus status, String note, String by, Instant at) {
        jdbc.sql("""
                        insert into case_condition_change (id, condition_id, status, note, changed_by, changed_at)
                        values (:id, :condition, :status, :note, :by, :at)""")
                .param("id", UUID.randomUUID())
                .param("condition", conditionId)
                .param("status", status.name())
                .param("note", note)
                .param("by", by)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    void insertApproval(UUID approvalId, UUID decisionId, String by, UUID byKey, Instant at) {
        jdbc.sql("""
                        insert into case_approval (id, decision_id, approved_by, approved_by_key, approved_at)
                        values (:id, :decision, :by, :key, :at)""")
                .param("id", approvalId)
                .param("decision", decisionId)
                .param("by", by)
                .param("key", byKey)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** What a decision was taken on: a screening and its overall risk. */
    record DecidedOn(UUID screeningId, RiskLevel overallRisk) {}

    DecidedOn decidedOn(UUID decisionId) {
        return jdbc.sql("select screening_id, overall_risk from case_decision where id = :id")
                .param("id", decisionId)
                .query((rs, n) -> new DecidedOn(rs.getObject(1, UUID.class), RiskLevel.valueOf(rs.getString(2))))
                .single();
    }

    /** The API key whose principal took a decision. */
    Optional<UUID> decidedByKey(UUID decisionId) {
        return jdbc.sql("select decided_by_key from case_decision where id = :id")
                .param("id", decisionId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .optional();
    }

    /** Every decision of a proposal, oldest first; {@code current} is the case's decision, the others superseded. */
    List<DecisionResponse> of(UUID proposalId, UUID current) {
        Map<UUID, ApprovalResponse> approvals = jdbc
                .sql("""
                        select a.decision_id, a.id, a.approved_by, a.approved_at from case_approval a
                        join case_decision d on d.id = a.decision_id where d.proposal_id = :proposal""")
                .param("proposal", proposalId)
                .query((rs, n) -> Map.entry(
                        rs.getObject(1, UUID.class),
                        new ApprovalResponse(
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant())))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<UUID, List<ConditionResponse>> conditions = conditions(proposalId);
        return jdbc.sql("""
                        select id, screening_id, overall_risk, outcome, rationale, needs_approval, decided_by, decided_at
                        from case_decision where proposal_id = :proposal order by decided_at, id""")
                .param("proposal", proposalId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    boolean needsApproval = rs.getBoolean("needs_approval");
                    ApprovalResponse approval = approvals.get(id);
                    return new DecisionResponse(
                            id,
                            proposalId,
                            rs.getObject("screening_id", UUID.class),
                            RiskLevel.valueOf(rs.getString("overall_risk")),
                            DecisionOutcome.valueOf(rs.getString("outcome")),
                            rs.getString("rationale"),
                            conditions.getOrDefault(id, List.of()),
                            needsApproval,
                            status(needsApproval, approval, id.equals(current)),
                            rs.getString("decided_by"),
                            rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                            approval);
                })
                .list();
    }

    private static DecisionStatus status(boolean needsApproval, ApprovalResponse approval, boolean current) {
        if (!needsApproval || approval != null) {
            return DecisionStatus.DECIDED;
        }
        return current ? DecisionStatus.AWAITING_SECOND_APPROVAL : DecisionStatus.SUPERSEDED;
    }

    private Map<UUID, List<ConditionResponse>> conditions(UUID proposalId) {
        record Row(UUID decision, UUID id, int position, String text, boolean fromMitigation, ConditionChange change) {}
        List<Row> rows = jdbc.sql("""
                        select c.decision_id, c.id, c.position, c.text, c.from_mitigation, h.status, h.note,
                               h.changed_by, h.changed_at
                        from case_condition c join case_decision d on d.id = c.decision_id
                        join case_condition_change h on h.condition_id = c.id
                        where d.proposal_id = :proposal order by c.decision_id, c.position, h.changed_at, h.id""")
                .param("proposal", proposalId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        new ConditionChange(
                                ConditionStatus.valueOf(rs.getString(6)),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getObject(9, OffsetDateTime.class).toInstant())))
                .list();
        Map<UUID, List<Row>> byCondition =
                rows.stream().collect(Collectors.groupingBy(Row::id, LinkedHashMap::new, Collectors.toList()));
        return byCondition.values().stream()
                .map(history -> {
                    Row first = history.get(0);
                    ConditionChange latest = history.get(history.size() - 1).change();
                    return Map.entry(
                            first.decision(),
                            new ConditionResponse(
                                    first.id(),
                                    first.position(),
                                    first.text(),
                                    first.fromMitigation(),
                                    latest.status(),
                                    latest.changedBy(),
                                    latest.changedAt(),
                                    history.stream().map(Row::change).toList()));
                })
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
