package org.collabscreen.screening;

import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inserts screenings in JDBC batches (the driver's {@code reWriteBatchedInserts} makes each batch a multi-row
 * insert), inside the caller's transaction.
 */
@Component
class ScreeningWriter {

    private static final String INSERT = """
            insert into screening (id, proposal_id, screened_at, rulebook_revision, overall_risk, dual_use_score,
                                   talent_programme_score, assessment, dispositions, reproduction)
            values (?, ?, ?, ?, ?, ?, ?, convert_from(?, 'UTF8'), cast(? as jsonb), ?)""";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ScreeningWriter(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The screening's row, the assessment written as JSON once, here. */
    PreparedScreening prepare(Screening screening) {
        Assessment assessment = screening.assessment();
        return new PreparedScreening(
                screening.id(),
                screening.proposalId(),
                screening.screenedAt(),
                assessment.rulebookRevision(),
                assessment.overallRisk(),
                assessment.dualUse().score(),
                assessment.talentProgramme().score(),
                json.writeValueAsBytes(assessment),
                screening.dispositions() == null ? null : json.writeValueAsString(screening.dispositions()),
                screening.reproduction());
    }

    void insertPrepared(List<PreparedScreening> screenings) {
        jdbc.batchUpdate(
                INSERT,
                screenings.stream()
                        .map(screening -> new Object[] {
                            screening.id(),
                            screening.proposalId(),
                            screening.screenedAt().atOffset(ZoneOffset.UTC),
                            screening.rulebookRevision(),
                            screening.overallRisk().name(),
                            screening.dualUseScore(),
                            screening.talentProgrammeScore(),
                            screening.assessmentJson(),
                            screening.dispositionsJson(),
                            screening.reproduction()
                        })
                        .toList());
    }
}
