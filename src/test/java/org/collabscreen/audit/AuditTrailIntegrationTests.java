package org.collabscreen.audit;

import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailIntegrationTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void everyScreeningAndRuleChangeIsAuditedAndTheChainVerifies() {
        String screener = api.createKey("uni-audited", "SCREENER");
        String id = api.withKey(screener)
                .post("/api/v1/proposals", json("""
                {'institution': 'Audited University', 'country': 'DE', 'technologyArea': 'soil science'}"""))
                .body()
                .get("id")
                .asString();
        String location = api.post(
                        "/api/v1/rulebook/institutions", json("{'name': 'Audited Institute', 'country': 'DE'}"))
                .header("Location");
        String institutionId = location.substring(location.lastIndexOf('/') + 1);

        JsonNode screening = api.get("/api/v1/audit-events?subjectType=PROPOSAL&subjectId=" + id)
                .body();
        assertThat(screening.get("totalItems").asInt()).isEqualTo(1);
        JsonNode event = screening.get("items").get(0);
        assertThat(event.get("action").asString()).isEqualTo("SCREENING_COMPLETED");
        assertThat(event.get("actor").asString()).isEqualTo("test key (uni-audited)");
        assertThat(event.get("after").get("overallRisk").asString()).isEqualTo("LOW");
        JsonNode rule = api.get("/api/v1/audit-events?action=RULE_CREATED&subjectId=" + institutionId)
                .body();
        assertThat(rule.get("items").get(0).get("after").get("name").asString()).isEqualTo("Audited Institute");

        JsonNode keys = api.get("/api/v1/audit-events?action=API_KEY_CREATED&subjectType=API_KEY")
                .body();
        assertThat(keys.get("items").get(0).get("after").get("client").asString())
                .isEqualTo("uni-audited");
        assertThat(keys.get("items").get(0).get("after").has("key")).isFalse();

        JsonNode verification = api.get("/api/v1/audit-events/verification").body();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditEvents() {
        api.post(
                "/api/v1/proposals", json("{'institution': 'Append Only', 'country': 'DE', 'technologyArea': 'soil'}"));

        assertThatThrownBy(() ->
                        jdbc.sql("update audit_event set actor = 'mallory'").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void aRowAlteredBehindTheTriggersBackBreaksTheChain() {
        api.post(
                "/api/v1/proposals",
                json("{'institution': 'Tamper Target', 'country': 'DE', 'technologyArea': 'soil'}"));
        long seq =
                jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
        String actor = jdbc.sql("select actor from audit_event where seq = :seq")
                .param("seq", seq)
                .query(String.class)
                .single();
        assertThat(api.get("/api/v1/audit-events/verification")
                        .body()
                        .get("intact")
                        .asBoolean())
                .isTrue();
        try {
            tamper("update audit_event set actor = 'mallory' where seq = " + seq);

            JsonNode verification = api.get("/api/v1/audit-events/verification").body();

            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenSequence").asLong()).isEqualTo(seq);
            assertThat(verification.get("problem").asString()).isEqualTo("HASH_MISMATCH");
        } finally {
            tamper("update audit_event set actor = '" + actor + "' where seq = " + seq);
        }
        assertThat(api.get("/api/v1/audit-events/verification")
                        .body()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anEventGivenAnotherIdBreaksTheChain() {
        api.post(
                "/api/v1/proposals",
                json("{'institution': 'Tamper Target', 'country': 'DE', 'technologyArea': 'soil'}"));
        long seq =
                jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
        String id = jdbc.sql("select id::text from audit_event where seq = :seq")
                .param("seq", seq)
                .query(String.class)
                .single();
        try {
            tamper("update audit_event set id = gen_random_uuid() where seq = " + seq);

            JsonNode verification = api.get("/api/v1/audit-events/verification").body();

            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenSequence").asLong()).isEqualTo(seq);
        } finally {
            tamper("update audit_event set id = '" + id + "' where seq = " + seq);
        }
        assertThat(api.get("/api/v1/audit-events/verification")
                        .body()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    /** What a tamperer with table-owner rights does: switch the guard off, change a row, switch it on again. */
    private void tamper(String update) {
        jdbc.sql("alter table audit_event disable trigger audit_event_append_only")
                .update();
        try {
            jdbc.sql(update).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_append_only")
                    .update();
        }
    }
}
