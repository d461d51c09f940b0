package org.collabscreen.audit;

import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTrailIntegrationTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private AuditSealer sealer;

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
        assertThat(screening.get("totalKind").asString()).isEqualTo("EXACT");
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

        sealer.sealNow();
        JsonNode sealed = api.get("/api/v1/audit-events?subjectType=PROPOSAL&subjectId=" + id)
                .body()
                .get("items")
                .get(0);
        assertThat(sealed.get("sealed").asBoolean()).isTrue();
        assertThat(sealed.get("sequence").asLong()).isPositive();
        assertThat(sealed.get("keyId").asString()).startsWith("hmac-");
        JsonNode verification = api.get("/api/v1/audit-events/verification").body();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(verification.get("unsealedEvents").asLong()).isZero();
    }

    @Test
    void theRuntimeRoleCanAppendButNeverUpdateOrDeleteTheTrail() {
        api.post(
                "/api/v1/proposals", json("{'institution': 'Append Only', 'country': 'DE', 'technologyArea': 'soil'}"));
        sealer.sealNow();

        for (String change : new String[] {
            "update audit_record set actor = 'mallory'",
            "delete from audit_record",
            "update audit_seal set hash = 'forged'",
            "delete from audit_seal",
            "truncate audit_seal cascade",
            "delete from audit_checkpoint",
            "alter table audit_record disable trigger audit_record_append_only"
        }) {
            assertThatThrownBy(() -> jdbc.sql(change).update())
                    .as(change)
                    .isInstanceOf(DataAccessException.class)
                    .satisfies(e -> assertThat(
                                    NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                            .containsAnyOf("permission denied", "must be owner"));
        }
    }
}
