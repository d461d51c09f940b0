package org.collabscreen.proposal;

import java.time.ZoneOffset;
import java.util.List;

import org.collabscreen.screening.PreparedScreening;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts proposals in JDBC batches (the driver's {@code reWriteBatchedInserts} makes each batch a multi-row
 * insert), inside the caller's transaction.
 */
@Component
class ProposalWriter {

    private static final String INSERT = """
            insert into proposal (id, created_at, client, reference, institution, country, technology_area, title,
                                  description, researchers, funding_sources, framework_request, latest_overall_risk,
                                  latest_screened_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProposalWriter(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertAll(List<PreparedProposal> proposals) {
        jdbc.batchUpdate(INSERT, proposals.stream().map(ProposalWriter::row).toList());
    }

    /** The proposal's row, its lists written as JSON once, here. */
    PreparedProposal prepare(ScreenedProposal proposal, PreparedScreening screening) {
        ProposalRequest request = proposal.request();
        return new PreparedProposal(
                proposal.id(),
                proposal.createdAt(),
                proposal.client(),
                request.reference(),
                request.institution(),
                request.country(),
                request.technologyArea(),
                request.title(),
                request.description(),
                json.writeValueAsString(request.researchers()),
                json.writeValueAsString(request.fundingSources()),
                json.writeValueAsString(proposal.frameworkRequest()),
                screening);
    }

    private static Object[] row(PreparedProposal proposal) {
        return new Object[] {
            proposal.id(),
            proposal.createdAt().atOffset(ZoneOffset.UTC),
            proposal.client(),
            proposal.reference(),
            proposal.institution(),
            proposal.country(),
            proposal.technologyArea(),
            proposal.title(),
            proposal.description(),
            proposal.researchersJson(),
            proposal.fundingSourcesJson(),
            proposal.frameworkRequestJson(),
            proposal.screening().overallRisk().name(),
            proposal.screening().screenedAt().atOffset(ZoneOffset.UTC)
        };
    }
}
