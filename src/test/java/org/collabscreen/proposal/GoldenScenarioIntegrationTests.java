package org.collabscreen.proposal;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden scenarios of the design, through the HTTP API against the seeded rulebook. */
class GoldenScenarioIntegrationTests extends ApiTest {

    @Test
    void chineseAcademyOfSciencesOnFlexibleElectronicsIsHighOrCritical() {
        JsonNode screening = submit("{'institution':'Chinese Academy of Sciences','country':'CN',"
                + "'technologyArea':'flexible electronics for wearable sensors'}");

        assertThat(screening.get("overallRisk").asString()).isIn("HIGH", "CRITICAL");
        assertThat(kinds(screening))
                .contains("SENSITIVE_TECHNOLOGY", "PARENT_OF_LISTED_INSTITUTION", "COUNTRY_OF_CONCERN");
        for (JsonNode finding : screening.get("findings")) {
            assertThat(finding.get("ruleId").asString()).isNotBlank();
            assertThat(finding.get("sources")).isNotEmpty();
            assertThat(finding.get("sources").get(0).get("name").asString()).isNotBlank();
        }
        assertThat(screening.get("mitigations")).isNotEmpty();
    }

    @Test
    void universidadAutonomaDeMadridOnFlexibleElectronicsIsLowOrMedium() {
        JsonNode screening = submit("{'institution':'Universidad Autónoma de Madrid','country':'ES',"
                + "'technologyArea':'flexible electronics'}");

        assertThat(screening.get("overallRisk").asString()).isIn("LOW", "MEDIUM");
        assertThat(kinds(screening)).contains("SENSITIVE_TECHNOLOGY").doesNotContain("LISTED_INSTITUTION");
    }

    @Test
    void harbinInstituteOfTechnologyOnMedievalManuscriptsIsMedium() {
        JsonNode screening = submit("{'institution':'Harbin Institute of Technology','country':'CN',"
                + "'technologyArea':'digitisation of medieval manuscripts'}");

        assertThat(screening.get("overallRisk").asString()).isEqualTo("MEDIUM");
        assertThat(kinds(screening)).contains("LISTED_INSTITUTION").doesNotContain("SENSITIVE_TECHNOLOGY");
    }

    @Test
    void sevillaOnLithographyWithDeclaredTalentProgrammeIsCritical() {
        JsonNode screening = submit("{'institution':'Universidad de Sevilla','country':'ES',"
                + "'technologyArea':'semiconductor lithography','researchers':[{'name':'Dr. Ana García',"
                + "'talentProgrammes':['Recruitment Program of Global Talents']}]}");

        assertThat(screening.get("overallRisk").asString()).isEqualTo("CRITICAL");
        assertThat(screening.get("talentProgramme").get("level").asString()).isEqualTo("CRITICAL");
        assertThat(kinds(screening)).contains("TALENT_PROGRAMME", "SENSITIVE_TECHNOLOGY");
    }

    @Test
    void cambridgeOnRiverPollutionMonitoringIsLowWithoutFindings() {
        JsonNode screening = submit("{'institution':'University of Cambridge','country':'GB',"
                + "'technologyArea':'river pollution monitoring'}");

        assertThat(screening.get("overallRisk").asString()).isEqualTo("LOW");
        assertThat(screening.get("findings")).isEmpty();
        assertThat(screening.get("dualUse").get("score").asInt()).isZero();
    }

    private JsonNode submit(String body) {
        Api.Response response = api.post("/api/v1/proposals", json(body));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("screening");
    }

    private static java.util.List<String> kinds(JsonNode screening) {
        return screening
                .get("findings")
                .valueStream()
                .map(finding -> finding.get("kind").asString())
                .toList();
    }
}
