package org.collabscreen.framework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of the funder-verdicts issue, over HTTP against the seeded rulebook. */
class FrameworkExamplesIntegrationTests extends ApiTest {

    private static final String DATE = "'decisionDate':'2026-12-01'";
    private static final String TORONTO = "'institution':'University of Toronto','country':'CA',"
            + "'technologyArea':'Hypersonic propulsion','frameworks':['CA_STRAC']," + DATE;

    @Test
    void casPartnerWithoutResearchersNeedsTheirAffiliationsAndCitesTheListedSubUnits() {
        Map<String, JsonNode> verdicts = verdicts(
                1,
                "{'institution':'Chinese Academy of Sciences','country':'CN',"
                        + "'technologyArea':'Flexible electronics for wearable sensors'," + DATE + "}");

        JsonNode strac = verdicts.get("CA_STRAC");
        assertThat(strac.get("outcome").asString()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(fields(strac.get("missingInputs"))).contains("researchers");
        assertThat(strac.get("reasons").toString()).contains("Microelectronics");
        JsonNode dod = verdicts.get("US_DOD_FUNDAMENTAL_RESEARCH");
        assertThat(dod.get("reasons").toString()).contains("sub-unit(s) of 'Chinese Academy of Sciences'", "s.238");
        assertThat(dod.get("outcome").asString()).isEqualTo("INSUFFICIENT_INFORMATION");
    }

    @Test
    void stracCurrentAffiliationWithANamedResearchOrganizationIsNotFundable() {
        JsonNode strac = verdicts(
                        2,
                        "{" + TORONTO + ",'researchers':[{'name':'Dr. Chen','role':'PI',"
                                + "'affiliations':['University of Toronto',{'name':'Harbin Institute of Technology',"
                                + "'country':'CN','from':'2020-09-01'}]}]}")
                .get("CA_STRAC");

        assertThat(strac.get("outcome").asString()).isEqualTo("NOT_FUNDABLE");
        assertThat(strac.get("reasons").toString())
                .contains("Propulsion Technologies", "Harbin Institute of Technology");
    }

    @Test
    void stracPastAffiliationNeedsOnlyAttestationsAndIsReportedWithItsDates() {
        JsonNode strac = verdicts(
                        3,
                        "{" + TORONTO + ",'researchers':[{'name':'Dr. Chen','role':'PI',"
                                + "'affiliations':['University of Toronto',{'name':'Harbin Institute of Technology',"
                                + "'country':'CN','from':'2019-09-01','to':'2022-06-30'}]}]}")
                .get("CA_STRAC");

        assertThat(strac.get("outcome").asString()).isEqualTo("FUNDABLE_WITH_ATTESTATIONS");
        assertThat(strac.get("reasons").toString()).contains("2019-09-01 to 2022-06-30", "out of scope");
        assertThat(strac.get("actions").toString()).contains("attestation");
    }

    @Test
    void declaredThousandTalentsPlanIsProhibitedUnderChipsWithTheCertificationAction() {
        JsonNode chips = verdicts(
                        4,
                        "{'institution':'Universidad de Sevilla','country':'ES',"
                                + "'technologyArea':'Semiconductor lithography'," + DATE
                                + ",'researchers':[{'name':'Dr. Ana García',"
                                + "'talentProgrammes':[{'name':'Thousand Talents Plan','from':'2019-01-01','compensated':true}]}]}")
                .get("US_CHIPS_MFTRP");

        assertThat(chips.get("outcome").asString()).isEqualTo("PROHIBITED");
        assertThat(chips.get("actions").toString()).contains("certify");
        assertThat(chips.get("reasons").get(0).get("ruleId").asString()).isEqualTo("talent-programme/TP-CN-TTP");
    }

    @Test
    void partnerOnTheLatest1286ListIsProhibitedUnderSection238() {
        JsonNode dod = verdicts(
                        5,
                        "{'institution':'Harbin Institute of Technology','country':'CN',"
                                + "'technologyArea':'digitisation of medieval manuscripts'," + DATE + "}")
                .get("US_DOD_FUNDAMENTAL_RESEARCH");

        assertThat(dod.get("outcome").asString()).isEqualTo("PROHIBITED");
        assertThat(dod.get("reasons").get(0).get("clause").asString()).contains("s.238");
        assertThat(dod.get("reasons").get(0).get("text").asString()).contains("FY25");
        assertThat(dod.get("missingInputs")).isEmpty();
    }

    @Test
    void flaggedHorizonTopicWithAPartnerControlledFromChinaIsNotEligibleAndWithoutControlUndecided() {
        String partner = "'institution':'Technische Universität München','country':'DE',"
                + "'technologyArea':'Quantum computing','horizonFlaggedTopic':true," + DATE;

        JsonNode controlled =
                verdicts(6, "{" + partner + ",'partnerControlledFrom':'CN'}").get("EU_HORIZON_ART_22_5");
        JsonNode unknown = verdicts(6, "{" + partner + "}").get("EU_HORIZON_ART_22_5");

        assertThat(controlled.get("outcome").asString()).isEqualTo("NOT_ELIGIBLE");
        assertThat(unknown.get("outcome").asString()).isEqualTo("INSUFFICIENT_INFORMATION");
        assertThat(fields(unknown.get("missingInputs"))).containsExactly("partnerControlledFrom");
    }

    @Test
    void nothingOfConcernGivesEveryFrameworkItsLowestOutcome() {
        Map<String, JsonNode> verdicts = verdicts(
                7,
                "{'institution':'University of Cambridge','country':'GB',"
                        + "'technologyArea':'river pollution monitoring'," + DATE + ",'researchers':["
                        + "{'name':'Dr. Jones','role':'PI','affiliations':[{'name':'University of Cambridge','country':'GB'}]},"
                        + "{'name':'Dr. Patel','role':'CO_INVESTIGATOR','affiliations':['Imperial College London']}]}");

        assertThat(verdicts).hasSize(FrameworkCode.values().length);
        Map<String, String> outcomes = new LinkedHashMap<>();
        verdicts.forEach(
                (code, verdict) -> outcomes.put(code, verdict.get("outcome").asString()));
        assertThat(outcomes)
                .containsEntry("US_DOD_FUNDAMENTAL_RESEARCH", "NO_MITIGATION_NEEDED")
                .containsEntry("US_CHIPS_MFTRP", "NO_CONCERN")
                .containsEntry("US_NIH", "NOT_REQUIRED")
                .containsEntry("CA_STRAC", "NOT_IN_SCOPE")
                .containsEntry("EU_HORIZON_ART_22_5", "NOT_APPLICABLE")
                .containsEntry("UK_ATAS", "NOT_REQUIRED")
                .containsEntry("NL_KNOWLEDGE_SECURITY", "NOT_IN_SCOPE");
        verdicts.values()
                .forEach(verdict -> assertThat(verdict.get("level").asString()).isEqualTo("LOW"));
    }

    @Test
    void listsEveryFrameworkWithItsEditionsAndSources() {
        Api.Response response = api.get("/api/v1/frameworks");

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode frameworks = response.body().get("frameworks");
        assertThat(frameworks).hasSize(FrameworkCode.values().length);
        for (JsonNode framework : frameworks) {
            assertThat(framework.get("editions")).as(framework.toString()).isNotEmpty();
            for (JsonNode edition : framework.get("editions")) {
                assertThat(edition.get("sources")).isNotEmpty();
                assertThat(edition.get("effectiveFrom").asString()).isNotBlank();
                assertThat(edition.get("outcomes").toString()).contains("INSUFFICIENT_INFORMATION");
            }
        }
    }

    private Map<String, JsonNode> verdicts(int example, String body) {
        Api.Response response = api.post("/api/v1/proposals", json(body));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        Map<String, JsonNode> verdicts = new LinkedHashMap<>();
        for (JsonNode verdict : response.body().get("screening").get("verdicts")) {
            verdicts.put(verdict.get("framework").asString(), verdict);
            System.out.printf(
                    "example %d  %-28s %-16s %-27s missing=%s%n",
                    example,
                    verdict.get("framework").asString(),
                    verdict.get("edition").asString(),
                    verdict.get("outcome").asString(),
                    fields(verdict.get("missingInputs")));
        }
        return verdicts;
    }

    private static java.util.List<String> fields(JsonNode missingInputs) {
        return missingInputs.valueStream().map(m -> m.get("field").asString()).toList();
    }
}
