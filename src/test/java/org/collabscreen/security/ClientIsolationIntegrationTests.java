package org.collabscreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;

class ClientIsolationIntegrationTests extends ApiTest {

    private static final String PROPOSAL = """
            {"institution": "University of Cambridge", "country": "GB", "technologyArea": "River pollution monitoring",
             "reference": "%s"}""";

    private final String reference = "ISO-" + System.nanoTime();
    private Api madrid;

    /** A proposal submitted by a SCREENER of client iso-madrid; its id. */
    private String submitForMadrid() {
        madrid = api.withKey(api.createKey("iso-madrid", "SCREENER"));
        return madrid.post("/api/v1/proposals", PROPOSAL.formatted(reference)).body().get("id").asString();
    }

    @Test
    void screenerSeesOnlyItsOwnClientsProposalsAndOthersAreNotFound() {
        String id = submitForMadrid();
        Api sevilla = api.withKey(api.createKey("iso-sevilla", "SCREENER"));
        String path = "/api/v1/proposals/" + id;

        assertThat(madrid.get(path).body().get("client").asString()).isEqualTo("iso-madrid");
        assertThat(madrid.get("/api/v1/proposals?reference=" + reference).body().get("totalItems").asLong()).isEqualTo(1);
        for (Api.Response hidden : new Api.Response[] {sevilla.get(path), sevilla.get(path + "/screenings"),
                sevilla.post(path + "/screenings", "")}) {
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.body().get("type").asString()).isEqualTo("/problems/not-found");
        }
        assertThat(sevilla.get("/api/v1/proposals?reference=" + reference).body().get("totalItems").asLong()).isZero();
        assertThat(sevilla.get("/api/v1/proposals").raw().body()).doesNotContain(id);
        assertThat(madrid.get(path + "/screenings").body().size()).isEqualTo(1);
    }

    @Test
    void auditorsAndAdminsSeeEveryClient() {
        String id = submitForMadrid();
        Api auditor = api.withKey(api.createKey("iso-audit-office", "AUDITOR"));

        assertThat(auditor.get("/api/v1/proposals/" + id).status()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/proposals?reference=" + reference).body().get("totalItems").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/proposals/" + id).status()).isEqualTo(200);
    }
}
