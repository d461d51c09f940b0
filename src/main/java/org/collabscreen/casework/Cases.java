package org.collabscreen.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.proposal.CaseStatus;
import org.collabscreen.proposal.ProposalSubmitted;
import org.collabscreen.security.Viewer;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.NotFoundException;
import org.collabscreen.web.PageResponse;
import org.collabscreen.web.TotalKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review cases: one row per proposal, the queue's summary of its history. */
@Repository
class Cases {

    private static final String COLUMNS =
            "proposal_id, reference, client, status, overall_risk, risk_changed_at, assignee, decision_id, updated_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate templates;
    private final Clock clock = Clock.systemUTC();

    Cases(JdbcClient jdbc, JdbcTemplate templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Opens the cases of new proposals, in one JDBC batch; a proposal that already has its case keeps it. */
    void openAll(List<ProposalSubmitted> submitted) {
        templates.batchUpdate(
                """
                insert into review_case (proposal_id, client, reference, status, overall_risk, risk_changed_at,
                                         updated_at)
                values (?, ?, ?, 'OPEN', ?, ?, ?) on conflict do nothing""",
                submitted.stream()
                        .map(proposal -> {
                            OffsetDateTime at = proposal.submittedAt().atOffset(ZoneOffset.UTC);
                            return new Object[] {
                                proposal.proposalId(),
                                proposal.client(),
                                proposal.reference(),
                                proposal.overallRisk().name(),
                                at,
                                at
                            };
                        })
                        .toList());
    }

    Optional<CaseResponse> find(UUID proposalId) {
        return jdbc.sql("select " + COLUMNS + " from review_case where proposal_id = :id")
                .param("id", proposalId)
                .query(Cases::row)
                .optional();
    }

    /** The case, locked until the transaction ends, so concurrent decisions on it take turns. */
    Optional<CaseResponse> lock(UUID proposalId) {
        return jdbc.sql("select " + COLUMNS + " from review_case where proposal_id = :id for update")
                .param("id", proposalId)
                .query(Cases::row)
                .optional();
    }

    /** The case of a proposal the viewer may see, locked; another client's is "not found", like its proposal. */
    CaseResponse lockVisible(UUID proposalId, Viewer viewer) {
        return lock(proposalId)
                .filter(found -> viewer.sees(found.client()))
                .orElseThrow(() -> new NotFoundException("Proposal", proposalId));
    }

    CaseResponse visible(UUID proposalId, Viewer viewer) {
        return find(proposalId)
                .filter(found -> viewer.sees(found.client()))
                .orElseThrow(() -> new NotFoundException("Proposal", proposalId));
    }

    void update(UUID proposalId, CaseStatus status, String assignee, UUID decisionId) {
        jdbc.sql("""
                        update review_case set status = :status, assignee = :assignee, decision_id = :decision,
                                               updated_at = :now where proposal_id = :id""")
                .param("id", proposalId)
                .param("status", status.name())
                .param("assignee", assignee)
                .param("decision", decisionId)
                .param("now", now().atOffset(ZoneOffset.UTC))
                .update();
    }

    void riskChanged(UUID proposalId, RiskLevel overallRisk, CaseStatus status, Instant at) {
        jdbc.sql("""
                        update review_case set overall_risk = :risk, risk_changed_at = :at, status = :status,
                                               updated_at = :at where proposal_id = :id""")
                .param("id", proposalId)
                .param("risk", overallRisk.name())
                .param("status", status.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** One page of the queue, newest risk change first, after the cursor's position when one is given. */
    PageResponse<CaseResponse> queue(CaseFilter filter, Viewer viewer, CaseCursor after, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!viewer.seesEveryClient()) {
            where.add("client = :client");
            params.put("client", viewer.client());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.overallRisk() != null) {
            where.add("overall_risk = :risk");
            params.put("risk", filter.overallRisk().name());
        }
        if (filter.assignee() != null) {
            where.add("assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        String matching = where.isEmpty() ? "true" : String.join(" and ", where);
        long total = jdbc.sql("select count(*) from review_case where " + matching)
                .params(params)
                .query(Long.class)
                .single();
        String page = matching;
        if (after != null) {
            page += " and (risk_changed_at, proposal_id) < (:afterAt, :afterId)";
            params.put("afterAt", after.riskChangedAt().atOffset(ZoneOffset.UTC));
            params.put("afterId", after.proposalId());
        }
        List<CaseResponse> items = jdbc.sql("select " + COLUMNS + " from review_case where " + page
                        + " order by risk_changed_at desc, proposal_id desc limit :limit")
                .params(params)
                .param("limit", size + 1)
                .query(Cases::row)
                .list();
        String next = null;
        if (items.size() > size) {
            items = items.subList(0, size);
            CaseResponse last = items.get(size - 1);
            next = new CaseCursor(last.riskChangedAt(), last.proposalId()).encode();
        }
        return new PageResponse<>(items, 0, size, total, PageResponse.pagesFor(total, size), next, TotalKind.EXACT);
    }

    private static CaseResponse row(ResultSet rs, int n) throws SQLException {
        return new CaseResponse(
                rs.getObject("proposal_id", UUID.class),
                rs.getString("reference"),
                rs.getString("client"),
                CaseStatus.valueOf(rs.getString("status")),
                RiskLevel.valueOf(rs.getString("overall_risk")),
                rs.getObject("risk_changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("assignee"),
                rs.getObject("decision_id", UUID.class),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
