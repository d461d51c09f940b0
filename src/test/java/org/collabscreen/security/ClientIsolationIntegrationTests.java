package org.collabscreen.security;

import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientIsolationIntegrationTests extends ApiTest {

    private static final String PROPOSAL = """
            {"institution": "University of Cambridge", "country": "GB", "technologyArea": "River pollution monitoring",
             "reference": "%s"}""";

    private final String reference = "ISO-" + System.nanoTime();
    private Api madrid;

    /** A proposal submitted by a SCREENER of client iso-madrid; its id. */
    private String submitForMadrid() {
        madrid = api.withKey(api.createKey("iso-madrid", "SCREENER"));
        return madrid.post("/api/v1/proposals", PROPOSAL.formatted(reference))
                .body()
                .get("id")
                .asString();
    }

    @Test
    void screenerSeesOnlyItsOwnClientsProposalsAndOthersAreNotFound() {
        String id = submitForMadrid();
        Api sevilla = api.withKey(api.createKey("iso-sevilla", "SCREENER"));
        String path = "/api/v1/proposals/" + id;

        assertThat(madrid.get(path).body().get("client").asString()).isEqualTo("iso-madrid");
        assertThat(madrid.get("/api/v1/proposals?reference=" + reference)
                        .body()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);
        for (Api.Response hidden : new Api.Response[] {
            sevilla.get(path), sevilla.get(path + "/screenings"), sevilla.post(path + "/screenings", "")
        }) {
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.body().get("type").asString()).isEqualTo("/problems/not-found");
        }
        assertThat(sevilla.get("/api/v1/proposals?reference=" + reference)
                        .body()
                        .get("totalItems")
                        .asLong())
                .isZero();
        assertThat(sevilla.get("/api/v1/proposals").text()).doesNotContain(id);
        assertThat(madrid.get(path + "/screenings").body().size()).isEqualTo(1);
    }

    @Test
    void theChangeImpactOfARevisionListsOnlyTheScreenersOwnProposals() {
        madrid = api.withKey(api.createKey("iso-madrid", "SCREENER"));
        Api sevilla = api.withKey(api.createKey("iso-sevilla", "SCREENER"));
        String programme =
                "Isolated Talent Plan " + UUID.randomUUID().toString().substring(0, 6);
        String id = madrid.post("/api/v1/proposals", json("""
                {'institution': 'Universidad de Zaragoza', 'country': 'ES', 'technologyArea': 'semiconductor lithography',
                 'researchers': [{'name': 'R. Researcher', 'talentProgrammes': ['%s']}]}""".formatted(programme)))
                .body()
                .get("id")
                .asString();
        Api.Response listed = api.post("/api/v1/rulebook/talent-programmes", json("""
                {'code': 'ISOLATED_TP', 'name': '%s', 'country': 'CN', 'source': {'name': 'Test edition'}}""".formatted(programme)));
        int revision = Integer.parseInt(listed.header("ETag").replace("\"", ""));
        new Editing(api).awaitImpact(revision);
        String impact = "/api/v1/rulebook/revisions/" + revision + "/impact";

        assertThat(madrid.get(impact).text()).contains(id);
        assertThat(sevilla.get(impact).text()).doesNotContain(id);
        assertThat(api.get(impact).text()).contains(id);
    }

    @Test
    void auditorsAndAdminsSeeEveryClient() {
        String id = submitForMadrid();
        Api auditor = api.withKey(api.createKey("iso-audit-office", "AUDITOR"));

        assertThat(auditor.get("/api/v1/proposals/" + id).status()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/proposals?reference=" + reference)
                        .body()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/proposals/" + id).status()).isEqualTo(200);
    }
}
