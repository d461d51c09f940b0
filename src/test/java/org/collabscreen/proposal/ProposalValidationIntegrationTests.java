package org.collabscreen.proposal;

import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input of every kind gets a 4xx problem+json naming the field, and stores nothing. */
class ProposalValidationIntegrationTests extends ApiTest {

    @Test
    void rejectsProposalWithoutCountry() {
        assertFieldError(json("{'institution':'MIT','technologyArea':'robotics'}"), "country");
    }

    @Test
    void rejectsUnknownCountryCode() {
        assertFieldError(json("{'institution':'MIT','country':'XX','technologyArea':'robotics'}"), "country");
        assertFieldError(json("{'institution':'MIT','country':'China','technologyArea':'robotics'}"), "country");
    }

    @Test
    void rejectsBlankInstitutionAndTechnologyArea() {
        Api.Response response = api.post("/api/v1/proposals", json("{'institution':' ','country':'US'}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("institution", "technologyArea");
    }

    @Test
    void rejectsOverlongFields() {
        assertFieldError(
                json("{'institution':'" + "x".repeat(301) + "','country':'US','technologyArea':'robotics'}"),
                "institution");
        assertFieldError(
                json("{'institution':'MIT','country':'US','technologyArea':'robotics','description':'"
                        + "x".repeat(10_001) + "'}"),
                "description");
    }

    @Test
    void namesTheNestedFieldOfAnInvalidResearcher() {
        assertFieldError(
                json("{'institution':'MIT','country':'US','technologyArea':'robotics',"
                        + "'researchers':[{'name':'Ann'},{'name':''}]}"),
                "researchers[1].name");
        assertFieldError(
                json("{'institution':'MIT','country':'US','technologyArea':'robotics',"
                        + "'researchers':[{'name':'Ann','affiliations':['MIT','']}]}"),
                "researchers[0].affiliations[1]");
        assertFieldError(
                json("{'institution':'MIT','country':'US','technologyArea':'robotics',"
                        + "'fundingSources':[{'name':'NSF','country':'ZZ'}]}"),
                "fundingSources[0].country");
    }

    @Test
    void rejectsValueOfTheWrongTypeNamingTheField() {
        assertFieldError(
                json("{'institution':'MIT','country':'US','technologyArea':'robotics','researchers':'Ann'}"),
                "researchers");
    }

    @Test
    void rejectsTextThatCannotBeStoredFaithfully() {
        assertFieldError(json("{'institution':'X\\u0000Y','country':'US','technologyArea':'robotics'}"), "institution");
        assertFieldError(
                json("{'institution':'X','country':'US','technologyArea':'robotics',"
                        + "'researchers':[{'name':'Ann','affiliations':['MIT\\ud800']}]}"),
                "researchers[0].affiliations[0]");
        assertFieldError(json("{'institution':123,'country':'US','technologyArea':'robotics'}"), "institution");
    }

    @Test
    void rejectsBidirectionalOverridesAndIsolatesAndC1ControlsNamingTheField() {
        assertFieldError(
                json("{'institution':'Harbin \\u202eygolonhceT','country':'CN','technologyArea':'robotics'}"),
                "institution");
        assertFieldError(
                json("{'institution':'X','country':'US','technologyArea':'robotics','title':'a \\u2066b\\u2069'}"),
                "title");
        assertFieldError(
                json("{'institution':'X','country':'US','technologyArea':'robotics',"
                        + "'researchers':[{'name':'Ann\\u0085Lee','affiliations':['MIT']}]}"),
                "researchers[0].name");
        assertFieldError(
                json("{'institution':'X','country':'US','technologyArea':'robotics',"
                        + "'fundingSources':[{'name':'Fund\\u009b','country':'US'}]}"),
                "fundingSources[0].name");
        assertFieldError(
                json("{'institution':'X','country':'US','technologyArea':'robotics\\u202a'}"), "technologyArea");
    }

    @Test
    void acceptsTabsLineBreaksAndCharactersOutsideTheBasicPlane() {
        Api.Response response = api.post(
                "/api/v1/proposals",
                json("{'institution':'𠀀 University','country':'US',"
                        + "'technologyArea':'robotics','description':'line one\\nline two\\tend'}"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.body().get("institution").asString()).isEqualTo("𠀀 University");
        assertThat(api.get("/api/v1/proposals/" + response.body().get("id").asString())
                        .body()
                        .get("description")
                        .asString())
                .isEqualTo("line one\nline two\tend");
    }

    @Test
    void rejectsMalformedJson() {
        Api.Response response = api.post("/api/v1/proposals", "{\"institution\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("/problems/malformed-request");
    }

    @Test
    void rejectsWrongMediaType() {
        Api.Response response = api.post("/api/v1/proposals", "institution=MIT", "text/plain");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("/problems/unsupported-media-type");
    }

    @Test
    void answersAnUnacceptableAcceptHeaderWithAProblem() {
        for (String accept : new String[] {"garbage", "image/png", "text/csv;q=abc"}) {
            Api.Response response =
                    Api.exchange(api.client().get().uri("/api/v1/proposals").header("Accept", accept));

            assertThat(response.status()).as(accept).isEqualTo(406);
            assertThat(response.contentType()).as(accept).startsWith("application/problem+json");
            assertThat(response.body().get("type").asString()).isEqualTo("/problems/not-acceptable");
        }
    }

    @Test
    void rejectsOversizedBody() {
        Api.Response response = api.post(
                "/api/v1/proposals",
                json("{'institution':'MIT','country':'US','technologyArea':'robotics','title':'" + "x".repeat(1_100_000)
                        + "'}"));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectsMalformedIdAndQueryParameters() {
        assertThat(api.get("/api/v1/proposals/not-a-uuid")
                        .body()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("id");
        Api.Response badRisk = api.get("/api/v1/proposals?overallRisk=SEVERE");
        assertThat(badRisk.status()).isEqualTo(400);
        assertThat(badRisk.body().get("errors").get(0).get("field").asString()).isEqualTo("overallRisk");
        Api.Response badSize = api.get("/api/v1/proposals?size=1000");
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.body().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void rejectsQueryValuesTheDatabaseCannotTake() {
        assertQueryFieldError("/api/v1/proposals?q=a%00b", "q");
        assertQueryFieldError("/api/v1/proposals?reference=a%00b", "reference");
        assertQueryFieldError("/api/v1/proposals?from=-5000-01-01T00:00:00Z", "from");
        assertQueryFieldError("/api/v1/proposals?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from");
        Api.Response undecodable = api.get("/api/v1/proposals?q=%FF");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectsRepeatedProperty() {
        Api.Response response = api.post(
                "/api/v1/proposals",
                json("{'institution':'MIT','country':'US','country':'CN','technologyArea':'robotics'}"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void rejectedProposalLeavesNoRecord() {
        String reference = "BAD-" + UUID.randomUUID();

        api.post(
                "/api/v1/proposals",
                json("{'institution':'MIT','country':'XX','technologyArea':'robotics','reference':'" + reference
                        + "'}"));

        assertThat(api.get("/api/v1/proposals?reference=" + reference)
                        .body()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }

    private void assertQueryFieldError(String path, String field) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private void assertFieldError(String body, String field) {
        Api.Response response = api.post("/api/v1/proposals", body);
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("/problems/validation-failed");
        assertThat(response.body()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .contains(field);
    }
}
