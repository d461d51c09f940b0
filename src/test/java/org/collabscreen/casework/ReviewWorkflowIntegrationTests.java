package org.collabscreen.casework;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole review of one proposal over HTTP: a CRITICAL proposal, a false positive dismissed and kept dismissed, a
 * rule edit bringing it back flagged, a decision needing four eyes, refused to the same principal and confirmed by a
 * second, webhooks sent, and a list edition reopening the case.
 */
class ReviewWorkflowIntegrationTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void walksAProposalFromScreeningToDecisionAndReopensItWhenAListEditionRaisesTheRisk() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String client = "review-" + suffix;
        String partner = "Qilin Institute of Flexible Sensing " + suffix;
        Api screener = api.withKey(api.createKey(client, "SCREENER"));
        Api reviewer = api.withKey(api.createKey(client, "REVIEWER"));
        Api secondReviewer = api.withKey(api.createKey(client, "REVIEWER"));
        Api otherClient = api.withKey(api.createKey("other-" + suffix, "REVIEWER"));
        Editing editing = new Editing(api);

        try (HookReceiver hooks = new HookReceiver()) {
            api.post(
                    "/api/v1/webhooks",
                    json("{'url':'" + hooks.url() + "','events':['CASE_DECIDED','CASE_REOPENED'],'allClients':true}"));

            Api.Response institution =
                    api.post("/api/v1/rulebook/institutions", institution(partner, java.util.List.of()));
            assertThat(institution.status()).isEqualTo(201);
            String institutionId = institution.body().get("id").asString();
            String ruleId = "institution/" + institutionId;

            // A CRITICAL proposal is screened; its case is OPEN.
            JsonNode proposal = screener.post("/api/v1/proposals", json("""
                    {'institution': '%s', 'country': 'CN', 'reference': 'RV-%s',
                     'technologyArea': 'Flexible electronics for wearable sensors'}""".formatted(partner, suffix)))
                    .body();
            String id = proposal.get("id").asString();
            assertThat(proposal.get("screening").get("overallRisk").asString()).isEqualTo("CRITICAL");
            assertThat(reviewer.get("/api/v1/proposals/" + id)
                            .body()
                            .get("case")
                            .get("status")
                            .asString())
                    .isEqualTo("OPEN");
            assertThat(queueStatuses(reviewer, "CRITICAL")).contains(id);
            assertThat(otherClient.get("/api/v1/proposals/" + id).status()).isEqualTo(404);

            // A false positive needs a reason; with one it is dismissed, visible and no longer counted.
            String dismissal = """
                    {'ruleId': '%s', 'field': 'institution', 'disposition': 'FALSE_POSITIVE', 'reason': %s}""";
            Api.Response noReason = reviewer.post(
                    "/api/v1/proposals/" + id + "/dispositions", json(dismissal.formatted(ruleId, "' '")));
            assertThat(noReason.status()).isEqualTo(400);
            assertThat(noReason.text()).contains("reason");
            assertThat(otherClient
                            .post(
                                    "/api/v1/proposals/" + id + "/dispositions",
                                    json(dismissal.formatted(ruleId, "'not ours'")))
                            .status())
                    .isEqualTo(404);
            Api.Response dismissed = reviewer.post(
                    "/api/v1/proposals/" + id + "/dispositions",
                    json(dismissal.formatted(ruleId, "'A namesake in Taiwan, not the listed institute'")));
            assertThat(dismissed.status()).isEqualTo(201);
            JsonNode screening = latestScreening(reviewer, id);
            assertThat(screening.get("id").asString())
                    .isEqualTo(dismissed.body().get("newScreeningId").asString());
            assertDismissed(screening, ruleId);
            System.out.println("After the dismissal: " + screening);

            // A re-screen keeps it dismissed.
            assertThat(screener.post("/api/v1/proposals/" + id + "/screenings", "")
                            .status())
                    .isEqualTo(201);
            assertDismissed(latestScreening(reviewer, id), ruleId);

            // A rule edit brings it back, flagged, and counted again.
            String etag =
                    api.get("/api/v1/rulebook/institutions/" + institutionId).header("ETag");
            Api.Response edited = new Editing(api)
                    .put(
                            "/api/v1/rulebook/institutions/" + institutionId,
                            etag,
                            institution(partner, java.util.List.of("QIFS " + suffix)));
            assertThat(edited.status()).isEqualTo(200);
            editing.awaitImpact(Integer.parseInt(edited.header("ETag").replace("\"", "")));
            screener.post("/api/v1/proposals/" + id + "/screenings", "");
            JsonNode flagged = latestScreening(reviewer, id);
            assertThat(flagged.get("overallRisk").asString()).isEqualTo("CRITICAL");
            assertThat(flagged.get("dispositions").get(0).get("state").asString())
                    .isEqualTo("RULE_CHANGED");
            assertThat(flagged.get("findings").toString()).contains(ruleId);
            System.out.println("After the rule edit: " + flagged.get("dispositions"));

            // Judged again on the new rule; the decision on a HIGH risk needs four eyes.
            Api.Response again = reviewer.post(
                    "/api/v1/proposals/" + id + "/dispositions",
                    json(dismissal.formatted(ruleId, "'Still the Taiwanese namesake after the alias was added'")));
            String decidedScreening = again.body().get("newScreeningId").asString();
            JsonNode current = latestScreening(reviewer, id);
            assertDismissed(current, ruleId);
            String risk = current.get("overallRisk").asString();
            assertThat(risk).isEqualTo("HIGH");
            String condition = current.get("mitigations").get(0).asString();
            String decision = """
                    {'screeningId': '%s', 'outcome': 'APPROVED_WITH_CONDITIONS', 'conditions': [%s],
                     'rationale': 'Sensitive area in a country of concern; no listed partner'}""";
            assertThat(reviewer.post(
                                    "/api/v1/proposals/" + id + "/decisions",
                                    json(decision.formatted(
                                            dismissed
                                                    .body()
                                                    .get("newScreeningId")
                                                    .asString(),
                                            quoted(condition))))
                            .status())
                    .isEqualTo(409);
            Api.Response decided = reviewer.post(
                    "/api/v1/proposals/" + id + "/decisions",
                    json(decision.formatted(decidedScreening, quoted(condition))));
            assertThat(decided.status()).isEqualTo(201);
            System.out.println("First decision: " + decided.text());
            assertThat(decided.body().get("status").asString()).isEqualTo("AWAITING_SECOND_APPROVAL");
            assertThat(decided.body()
                            .get("conditions")
                            .get(0)
                            .get("fromMitigation")
                            .asBoolean())
                    .isTrue();
            assertThat(caseStatus(reviewer, id)).isEqualTo("AWAITING_SECOND_APPROVAL");
            String decisionPath = "/api/v1/proposals/" + id + "/decisions/"
                    + decided.body().get("id").asString();

            // The same principal cannot approve; a second one must, with the decision's ETag.
            Api.Response sameHand = approve(reviewer, decisionPath, decided.header("ETag"));
            assertThat(sameHand.status()).isEqualTo(403);
            assertThat(approve(secondReviewer, decisionPath, null).status()).isEqualTo(428);
            assertThat(approve(secondReviewer, decisionPath, "\"stale\"").status())
                    .isEqualTo(412);
            Api.Response approved = approve(secondReviewer, decisionPath, decided.header("ETag"));
            assertThat(approved.status()).isEqualTo(201);
            System.out.println("Second approval: " + approved.text());
            assertThat(approved.body().get("status").asString()).isEqualTo("DECIDED");
            assertThat(caseStatus(reviewer, id)).isEqualTo("DECIDED");
            String caseDecided = hooks.awaitBodyWith("CASE_DECIDED", id);
            System.out.println("Webhook: " + caseDecided);

            // A condition is met, with the condition's ETag.
            JsonNode met = approved.body().get("conditions").get(0);
            Api.Response metResponse = Api.exchange(reviewer.client()
                    .patch()
                    .uri(decisionPath + "/conditions/" + met.get("id").asString())
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("If-Match", met.get("etag").asString())
                    .body(json("{'status': 'MET', 'note': 'Plan signed'}")));
            assertThat(metResponse.status()).isEqualTo(200);
            assertThat(metResponse.body().get("history").size()).isEqualTo(2);

            // A list edition that lists the partner changes its rule: the finding comes back and the case reopens.
            String list = "TEST_LIST_" + suffix.toUpperCase();
            jdbc.sql(
                            "insert into watch_list (code, name, authority, consequence) values (:code, 'Test list', 'Test', 'Test')")
                    .param("code", list)
                    .update();
            Api.Response imported = api.post(
                    "/api/v1/rulebook/imports",
                    "name,aliases,country,list,edition,date,url\n" + partner + ",,CN," + list
                            + ",2026-12,2026-12-01,https://example.org/list\n",
                    "text/csv");
            assertThat(imported.status()).isEqualTo(201);
            editing.awaitImpact(imported.body().get("revision").asInt());
            screener.post("/api/v1/proposals/" + id + "/screenings", "");
            assertThat(latestScreening(reviewer, id).get("overallRisk").asString())
                    .isEqualTo("CRITICAL");
            assertThat(caseStatus(reviewer, id)).isEqualTo("REOPENED");
            String reopened = hooks.awaitBodyWith("CASE_REOPENED", id);
            System.out.println("Webhook: " + reopened);
            assertThat(reopened).contains("\"newOverallRisk\":\"CRITICAL\"");

            await("the case's audit events in the chain")
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertThat(api.get("/api/v1/audit-events?subjectId=" + id + "&size=100")
                                    .text())
                            .contains(
                                    "DISPOSITION_RECORDED",
                                    "DECISION_RECORDED",
                                    "DECISION_APPROVED",
                                    "CASE_DECIDED",
                                    "CASE_REOPENED",
                                    "CONDITION_CHANGED"));

            // The evidence pack holds the whole record; its PDF is kept under target/ for the docs' picture.
            Api.Response pack = reviewer.get("/api/v1/proposals/" + id + "/evidence");
            assertThat(pack.body()
                            .get("review")
                            .get("decisions")
                            .get(0)
                            .get("approval")
                            .get("approvedBy")
                            .asString())
                    .isNotBlank();
            assertThat(api.post("/api/v1/evidence/verification", pack.text())
                            .body()
                            .get("valid")
                            .asBoolean())
                    .isTrue();
            byte[] pdf = Api.exchange(reviewer.client()
                            .get()
                            .uri("/api/v1/proposals/" + id + "/evidence")
                            .header("Accept", "application/pdf"))
                    .exchange()
                    .getResponseBodyContent();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "evidence-pack-review-workflow.pdf"), pdf);
        }
    }

    private static void assertDismissed(JsonNode screening, String ruleId) {
        assertThat(screening.get("findings").toString()).doesNotContain(ruleId);
        assertThat(screening.get("dismissedFindings").get(0).get("ruleId").asString())
                .isEqualTo(ruleId);
        JsonNode disposition = screening.get("dispositions").get(0);
        assertThat(disposition.get("state").asString()).isEqualTo("DISMISSED");
        assertThat(disposition.get("disposition").get("recordedBy").asString()).isNotBlank();
        assertThat(disposition.get("disposition").get("reason").asString()).isNotBlank();
        assertThat(screening.get("scoreBeforeDispositions").get("overallRisk").asString())
                .isEqualTo("CRITICAL");
        assertThat(screening.get("overallRisk").asString()).isNotEqualTo("CRITICAL");
    }

    private static JsonNode latestScreening(Api caller, String id) {
        return caller.get("/api/v1/proposals/" + id).body().get("screening");
    }

    private static String caseStatus(Api caller, String id) {
        return caller.get("/api/v1/proposals/" + id)
                .body()
                .get("case")
                .get("status")
                .asString();
    }

    private static String queueStatuses(Api caller, String risk) {
        return caller.get("/api/v1/cases?overallRisk=" + risk + "&size=100").text();
    }

    private static Api.Response approve(Api caller, String decisionPath, String ifMatch) {
        var request = caller.client().post().uri(decisionPath + "/approvals");
        return Api.exchange(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "\\u0027") + "'";
    }

    private static String institution(String name, java.util.List<String> aliases) {
        return json("""
                {'name': '%s', 'country': 'CN', 'aliases': [%s],
                 'listings': [{'listCode': 'DOD_1286', 'current': true, 'editions': 'FY2025', 'nameAsListed': '%s',
                               'source': {'name': 'Section 1286 list', 'url': 'https://example.org/1286', 'date': '2025-06-30'}}]}""".formatted(
                name, String.join(",", aliases.stream().map(a -> "'" + a + "'").toList()), name));
    }
}
