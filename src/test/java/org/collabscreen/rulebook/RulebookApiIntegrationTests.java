package org.collabscreen.rulebook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RulebookApiIntegrationTests extends ApiTest {

    private static final List<String> TOP_LEVEL_CODES = List.of("ADV_MATERIALS", "ADV_MANUFACTURING", "SEMICONDUCTORS");

    @Test
    void summaryReportsRevisionAndSeededCounts() {
        JsonNode summary = api.get("/api/v1/rulebook").body();

        assertThat(summary.get("revision").asInt()).isPositive();
        assertThat(summary.get("changedAt").asString()).endsWith("Z");
        assertThat(summary.get("counts").get("institutions").asInt()).isGreaterThan(300);
        assertThat(summary.get("counts").get("technologyCategories").asInt()).isGreaterThanOrEqualTo(21);
        assertThat(summary.get("counts").get("talentProgrammes").asInt()).isGreaterThanOrEqualTo(15);
        assertThat(summary.get("counts").get("countries").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void technologyCategoriesHaveCodeNameAndParentCode() {
        JsonNode categories = api.get("/api/v1/rulebook/technology-categories").body();

        List<String> codes =
                categories.valueStream().map(c -> c.get("code").asString()).toList();
        assertThat(codes).containsAll(TOP_LEVEL_CODES).contains("FLEXIBLE_ELECTRONICS");
        assertThat(categories
                        .valueStream()
                        .filter(c -> c.get("parentCode").isNull())
                        .count())
                .isEqualTo(20);
        JsonNode flexible = api.get("/api/v1/rulebook/technology-categories/FLEXIBLE_ELECTRONICS")
                .body();
        assertThat(flexible.get("parentCode").asString()).isEqualTo("SEMICONDUCTORS");
        assertThat(flexible.get("name").asString()).isNotBlank();
        assertThat(api.get("/api/v1/rulebook/technology-categories/NOPE").status())
                .isEqualTo(404);
    }

    @Test
    void institutionMatchesResolveNamesAliasesAndNativeScript() {
        assertThat(firstMatch("/api/v1/rulebook/institutions/matches?name=" + encode("Harbin Institute of Technology")))
                .isEqualTo("Harbin Institute of Technology");
        assertThat(firstMatch("/api/v1/rulebook/institutions/matches?name=" + encode("哈尔滨工业大学") + "&country=CN"))
                .isEqualTo("Harbin Institute of Technology");
        JsonNode none = api.get("/api/v1/rulebook/institutions/matches?name=" + encode("University of Cambridge"))
                .body();
        assertThat(none.get("matches")).isEmpty();
    }

    @Test
    void subUnitEntryCarriesAliasesAndParent() {
        JsonNode institution = entry("Institute of Chemistry, Chinese Academy of Sciences");

        assertThat(institution.get("aliases").valueStream().map(JsonNode::asString))
                .contains("中国科学院化学研究所");
        JsonNode parent = api.get("/api/v1/rulebook/institutions/"
                        + institution.get("parentId").asString())
                .body();
        assertThat(parent.get("name").asString()).isEqualTo("Chinese Academy of Sciences");
        assertThat(parent.get("listings")).isEmpty();
    }

    @Test
    void listedInstitutionEntryCarriesEveryListingWithItsSource() {
        JsonNode institution = entry("Harbin Institute of Technology");

        assertThat(institution.get("country").asString()).isEqualTo("CN");
        assertThat(institution
                        .get("listings")
                        .valueStream()
                        .map(listing -> listing.get("listCode").asString()))
                .contains("DOD_1286", "CA_NRO", "ASPI_TRACKER");
        assertThat(institution.get("listings"))
                .allSatisfy(listing ->
                        assertThat(listing.get("source").get("name").asString()).isNotBlank());
        assertThat(api.get("/api/v1/rulebook/institutions?q=" + encode("哈尔滨工业大学"))
                        .body()
                        .get("items")
                        .valueStream()
                        .map(item -> item.get("name").asString()))
                .contains("Harbin Institute of Technology");
    }

    @Test
    void talentProgrammeMatchesResolveVariants() {
        assertThat(firstMatch("/api/v1/rulebook/talent-programmes/matches?name=" + encode("Thousand Talents Plan")))
                .isEqualTo("Thousand Talents Plan");
        assertThat(firstMatch("/api/v1/rulebook/talent-programmes/matches?name=" + encode("千人计划")))
                .isEqualTo("Thousand Talents Plan");
    }

    @Test
    void technologyMatchesClassifyText() {
        JsonNode matches = api.get(
                        "/api/v1/rulebook/technology-categories/matches?text=" + encode("semiconductor lithography"))
                .body()
                .get("matches");

        assertThat(matches.get(0).get("code").asString()).isEqualTo("SEMICONDUCTORS");
        assertThat(matches.get(0).get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(matches.get(0).get("matchedTerms")).isNotEmpty();
    }

    @Test
    void matchingRequiresItsParameter() {
        Api.Response response = api.get("/api/v1/rulebook/institutions/matches");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(api.get("/api/v1/rulebook/institutions/matches?name=x&country=QQ")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void countriesOfConcernCarryTheirBasis() {
        JsonNode china = api.get("/api/v1/rulebook/countries/CN").body();

        assertThat(china.get("designations")).isNotEmpty();
        assertThat(china.get("designations").get(0).get("source").get("url").asString())
                .startsWith("http");
        assertThat(api.get("/api/v1/rulebook/countries/ES").status()).isEqualTo(404);
    }

    private JsonNode entry(String name) {
        JsonNode match = api.get("/api/v1/rulebook/institutions/matches?name=" + encode(name))
                .body()
                .get("matches")
                .get(0);
        assertThat(match.get("name").asString()).isEqualTo(name);
        return api.get("/api/v1/rulebook/institutions/" + match.get("id").asString())
                .body();
    }

    private String firstMatch(String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("matches")).as(path).isNotEmpty();
        return response.body().get("matches").get(0).get("name").asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
