package org.collabscreen.impact;

import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionImpactIntegrationTests extends ApiTest {

    @Test
    void aNewlyListedTalentProgrammeRaisesAPastProposalFromMediumToCriticalAndTheImpactListSaysSo() {
        String programme =
                "Quorvane Talent Plan " + UUID.randomUUID().toString().substring(0, 6);
        JsonNode proposal =
                api.post("/api/v1/proposals", proposalDeclaring(programme)).body();
        assertThat(proposal.get("screening").get("overallRisk").asString()).isEqualTo("MEDIUM");
        String id = proposal.get("id").asString();

        Api.Response created = api.post("/api/v1/rulebook/talent-programmes", json("""
                {'code': 'QUORVANE_TP', 'name': '%s', 'country': 'CN', 'source': {'name': 'Test edition'}}""".formatted(programme)));
        assertThat(created.status()).isEqualTo(201);
        int revision = Integer.parseInt(created.header("ETag").replace("\"", ""));

        JsonNode diff = api.get("/api/v1/rulebook/revisions/" + revision).body();
        assertThat(diff.get("changes").get("totalItems").asInt()).isEqualTo(1);
        JsonNode change = diff.get("changes").get("items").get(0);
        assertThat(change.get("kind").asString()).isEqualTo("TALENT_PROGRAMME");
        assertThat(change.get("change").asString()).isEqualTo("ADDED");
        assertThat(change.get("before").isNull()).isTrue();
        assertThat(change.get("after").get("name").asString()).isEqualTo(programme);

        JsonNode impact = new Editing(api).awaitImpact(revision);
        assertThat(impact.get("changed")).hasSize(1);
        JsonNode changed = impact.get("changed").get(0);
        assertThat(changed.get("proposalId").asString()).isEqualTo(id);
        assertThat(changed.get("oldOverallRisk").asString()).isEqualTo("MEDIUM");
        assertThat(changed.get("newOverallRisk").asString()).isEqualTo("CRITICAL");
        JsonNode latest = api.get("/api/v1/proposals/" + id).body().get("screening");
        assertThat(latest.get("overallRisk").asString()).isEqualTo("CRITICAL");
        assertThat(latest.get("id").asString())
                .isEqualTo(changed.get("screeningId").asString());
    }

    @Test
    void asOfRevisionReproducesAnOldAssessmentExactlyAfterLaterEdits() {
        String programme =
                "Ostrava Talent Scheme " + UUID.randomUUID().toString().substring(0, 6);
        JsonNode original =
                api.post("/api/v1/proposals", proposalDeclaring(programme)).body();
        String id = original.get("id").asString();
        JsonNode first = original.get("screening");
        api.post("/api/v1/rulebook/talent-programmes", json("""
                {'code': 'OSTRAVA_TS', 'name': '%s', 'source': {'name': 'Test edition'}}""".formatted(programme)));
        Api.Response category = api.post("/api/v1/rulebook/technology-categories", json("""
                {'code': 'TEST_%s', 'name': 'Ostrava lithography', 'points': 60,
                 'keywords': ['ostrava lithography'], 'source': {'name': 'Test edition'}}""".formatted(
                        UUID.randomUUID().toString().substring(0, 8).toUpperCase())));
        Editing editing = new Editing(api);
        editing.delete(category.header("Location"), category.header("ETag"));
        for (int revision = first.get("rulebookRevision").asInt() + 1;
                revision <= editing.currentRevision();
                revision++) {
            editing.awaitImpact(revision);
        }

        JsonNode current =
                api.post("/api/v1/proposals/" + id + "/screenings", "").body();
        JsonNode reproduced = api.post(
                        "/api/v1/proposals/" + id + "/screenings?asOfRevision="
                                + first.get("rulebookRevision").asInt(),
                        "")
                .body();

        assertThat(current.get("overallRisk").asString()).isEqualTo("CRITICAL");
        assertThat(withoutIdentity(reproduced)).isEqualTo(withoutIdentity(first));
        assertThat(reproduced.get("id").asString()).isNotEqualTo(first.get("id").asString());
        assertThat(reproduced.get("reproduction").asBoolean()).isTrue();
        assertThat(current.get("reproduction").asBoolean()).isFalse();
        JsonNode latest = api.get("/api/v1/proposals/" + id).body().get("screening");
        assertThat(latest.get("id").asString())
                .as("a reproduction is never the latest screening")
                .isNotEqualTo(reproduced.get("id").asString());
        assertThat(latest.get("overallRisk").asString()).isEqualTo("CRITICAL");
        assertThat(api.get("/api/v1/proposals?overallRisk=CRITICAL&q=Zaragoza&size=100")
                        .body()
                        .get("items")
                        .valueStream()
                        .map(item -> item.get("id").asString()))
                .contains(id);
        assertThat(api.get("/api/v1/proposals/" + id + "/screenings")
                        .body()
                        .valueStream()
                        .map(screening -> screening.get("id").asString()))
                .contains(reproduced.get("id").asString());
    }

    @Test
    void eachRevisionIsCreditedWithItsOwnEffectWhenTwoFollowEachOtherQuickly() {
        String term = "zebra telemetry " + UUID.randomUUID().toString().substring(0, 6);
        String id = api.post("/api/v1/proposals", json("""
                {'institution': 'University of Cambridge', 'country': 'GB', 'technologyArea': '%s'}""".formatted(term)))
                .body()
                .get("id")
                .asString();
        String category = """
                {'code': 'ZEBRA_%s', 'name': 'Zebra telemetry', 'points': %d, 'keywords': ['%s'],
                 'source': {'name': 'Test edition'}}""";
        String code = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response created =
                api.post("/api/v1/rulebook/technology-categories", json(category.formatted(code, 5, term)));
        Editing editing = new Editing(api);
        Api.Response raised = editing.put(
                created.header("Location"), created.header("ETag"), json(category.formatted(code, 40, term)));
        int first = Integer.parseInt(created.header("ETag").replace("\"", ""));
        int second = Integer.parseInt(raised.header("ETag").replace("\"", ""));

        assertThat(editing.awaitImpact(first)
                        .get("changed")
                        .valueStream()
                        .map(changed -> changed.get("proposalId").asString()))
                .doesNotContain(id);
        JsonNode changed = editing.awaitImpact(second)
                .get("changed")
                .valueStream()
                .filter(proposal -> proposal.get("proposalId").asString().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(changed.get("oldOverallRisk").asString()).isEqualTo("LOW");
        assertThat(changed.get("newOverallRisk").asString()).isEqualTo("MEDIUM");
        assertThat(api.get("/api/v1/proposals/" + id)
                        .body()
                        .get("screening")
                        .get("overallRisk")
                        .asString())
                .isEqualTo("MEDIUM");
        assertThat(editing.delete(created.header("Location"), raised.header("ETag"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void asOfAnUnknownRevisionIsABadRequestNamingTheField() {
        String id = api.post("/api/v1/proposals", proposalDeclaring("Nothing"))
                .body()
                .get("id")
                .asString();

        Api.Response response = api.post("/api/v1/proposals/" + id + "/screenings?asOfRevision=999999", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("asOfRevision");
    }

    private static JsonNode withoutIdentity(JsonNode screening) {
        ObjectNode copy = (ObjectNode) screening.deepCopy();
        copy.remove("id");
        copy.remove("screenedAt");
        copy.remove("reproduction");
        return copy;
    }

    private static String proposalDeclaring(String programme) {
        return json("""
                {'institution': 'Universidad de Zaragoza', 'country': 'ES', 'technologyArea': 'semiconductor lithography',
                 'researchers': [{'name': 'R. Researcher', 'affiliations': [], 'talentProgrammes': ['%s']}]}""".formatted(programme));
    }
}
