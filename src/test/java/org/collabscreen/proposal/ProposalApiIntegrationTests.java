package org.collabscreen.proposal;

import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalApiIntegrationTests extends ApiTest {

    @Test
    void createdProposalIsStoredWithItsScreeningAndLocation() {
        String reference = "GP-" + UUID.randomUUID();
        Api.Response created = api.post(
                "/api/v1/proposals",
                json("{'institution':'Harbin Institute of Technology',"
                        + "'country':'CN','technologyArea':'semiconductor lithography','title':'Wafer-scale patterning',"
                        + "'reference':'" + reference
                        + "','researchers':[{'name':'Li','affiliations':['Harbin Institute of Technology'],"
                        + "'talentProgrammes':[]}],'fundingSources':[{'name':'Some Foundation','country':'DE'}]}"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/proposals/" + id);
        JsonNode screening = created.body().get("screening");
        assertThat(screening.get("rulebookRevision").asInt()).isPositive();
        assertThat(screening.get("overallRisk").asString()).isEqualTo("CRITICAL");
        assertThat(created.body().get("createdAt").asString()).endsWith("Z");
        assertThat(java.time.Instant.parse(screening.get("screenedAt").asString()))
                .isAfterOrEqualTo(
                        java.time.Instant.parse(created.body().get("createdAt").asString()));

        Api.Response fetched = api.get("/api/v1/proposals/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body().get("reference").asString()).isEqualTo(reference);
        assertThat(fetched.body()
                        .get("researchers")
                        .get(0)
                        .get("affiliations")
                        .get(0)
                        .asString())
                .isEqualTo("Harbin Institute of Technology");
        assertThat(fetched.body().get("screening").get("id").asString())
                .isEqualTo(screening.get("id").asString());
    }

    @Test
    void rescreeningAddsToTheHistoryNewestFirst() {
        String id = submit("Chinese Academy of Sciences", "CN", "flexible electronics", "R-" + UUID.randomUUID());

        Api.Response rescreened = api.post("/api/v1/proposals/" + id + "/screenings", "");
        assertThat(rescreened.status()).isEqualTo(201);

        Api.Response history = api.get("/api/v1/proposals/" + id + "/screenings");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).hasSize(2);
        assertThat(history.header("X-Total-Count")).isEqualTo("2");
        Api.Response newestOnly = api.get("/api/v1/proposals/" + id + "/screenings?limit=1");
        assertThat(newestOnly.body()).hasSize(1);
        assertThat(newestOnly.body().get(0).get("id"))
                .isEqualTo(rescreened.body().get("id"));
        assertThat(history.body().get(0).get("id").asString())
                .isEqualTo(rescreened.body().get("id").asString());
        assertThat(history.body().get(0).get("screenedAt").asString())
                .isGreaterThanOrEqualTo(history.body().get(1).get("screenedAt").asString());
        assertThat(history.body().get(0).get("overallRisk"))
                .isEqualTo(history.body().get(1).get("overallRisk"));
        assertThat(api.get("/api/v1/proposals/" + id)
                        .body()
                        .get("screening")
                        .get("id")
                        .asString())
                .isEqualTo(rescreened.body().get("id").asString());
    }

    @Test
    void listFiltersByRiskCountryReferenceAndTextNewestFirst() {
        String tag = "L-" + UUID.randomUUID();
        String older = submit("University of Cambridge", "GB", "river pollution monitoring", tag + "-a");
        String newer = submit("Harbin Institute of Technology", "CN", "semiconductor lithography", tag + "-b");

        JsonNode byText = api.get("/api/v1/proposals?q=" + tag).body();
        assertThat(byText.get("totalItems").asInt()).isEqualTo(2);
        assertThat(byText.get("items").get(0).get("id").asString()).isEqualTo(newer);
        assertThat(byText.get("items").get(1).get("id").asString()).isEqualTo(older);

        JsonNode critical = api.get("/api/v1/proposals?q=" + tag + "&overallRisk=CRITICAL&country=CN")
                .body();
        assertThat(critical.get("items")).hasSize(1);
        assertThat(critical.get("items")
                        .get(0)
                        .get("screening")
                        .get("overallRisk")
                        .asString())
                .isEqualTo("CRITICAL");

        JsonNode byReference =
                api.get("/api/v1/proposals?reference=" + tag + "-a").body();
        assertThat(byReference.get("items").get(0).get("id").asString()).isEqualTo(older);

        JsonNode paged =
                api.get("/api/v1/proposals?q=" + tag + "&size=1&page=1").body();
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("totalPages").asInt()).isEqualTo(2);
        assertThat(paged.get("items").get(0).get("id").asString()).isEqualTo(older);

        assertThat(api.get("/api/v1/proposals?q=" + tag + "&from=2999-01-01T00:00:00Z")
                        .body()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void unknownProposalIsNotFoundProblem() {
        Api.Response response = api.get("/api/v1/proposals/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(api.post("/api/v1/proposals/" + UUID.randomUUID() + "/screenings", "")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/proposals/" + UUID.randomUUID() + "/screenings")
                        .status())
                .isEqualTo(404);
    }

    private String submit(String institution, String country, String technologyArea, String reference) {
        Api.Response response = api.post(
                "/api/v1/proposals",
                json("{'institution':'" + institution + "','country':'" + country + "','technologyArea':'"
                        + technologyArea + "','reference':'" + reference + "'}"));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
