package org.collabscreen.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalBatchIntegrationTests extends ApiTest {

    private static final String BATCH = "/api/v1/proposals/batch";

    @Test
    void screensTheGoodItemsOfAMixedBatchAndGivesEachBadItemItsOwnProblem() {
        String tag = "B-" + UUID.randomUUID();
        Api.Response response = api.post(
                BATCH,
                json("{'proposals':["
                        + "{'institution':'Harbin Institute of Technology','country':'CN','technologyArea':'semiconductor lithography','reference':'"
                        + tag + "-0'},"
                        + "{'institution':'MIT','country':'XX','technologyArea':'robotics','reference':'" + tag
                        + "-1'},"
                        + "{'institution':'University of Cambridge','country':'GB','technologyArea':'river pollution monitoring','reference':'"
                        + tag + "-2'},"
                        + "42,"
                        + "{'institution':'MIT','country':'US','technologyArea':'robotics','researchers':[{'name':'Ann','affiliations':['MIT','']}]},"
                        + "{'institution':'MIT','country':'US','technologyArea':'robotics','researchers':'Ann'}]}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-CollabScreen-Highest-Risk")).isEqualTo("CRITICAL");
        JsonNode results = response.body().get("results");
        assertThat(results).hasSize(6);
        assertThat(results.valueStream().map(r -> r.get("status").asInt()))
                .containsExactly(201, 400, 201, 400, 400, 400);
        assertThat(results.valueStream().map(r -> r.get("index").asInt())).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(firstErrorField(results.get(1))).isEqualTo("proposals[1].country");
        assertThat(firstErrorField(results.get(3))).isEqualTo("proposals[3]");
        assertThat(firstErrorField(results.get(4))).isEqualTo("proposals[4].researchers[0].affiliations[1]");
        assertThat(firstErrorField(results.get(5))).isEqualTo("proposals[5].researchers");
        assertThat(results.get(1).get("problem").get("type").asString()).isEqualTo("/problems/validation-failed");
        assertThat(results.get(1).has("proposal")).isFalse();

        JsonNode summary = response.body().get("summary");
        assertThat(summary.get("total").asInt()).isEqualTo(6);
        assertThat(summary.get("screened").asInt()).isEqualTo(2);
        assertThat(summary.get("failed").asInt()).isEqualTo(4);
        assertThat(summary.get("highestRisk").asString()).isEqualTo("CRITICAL");
        assertThat(summary.get("byRisk").get("LOW").asInt()).isEqualTo(1);
        assertThat(summary.get("byRisk").get("CRITICAL").asInt()).isEqualTo(1);
        assertThat(summary.get("byRisk").get("HIGH").asInt()).isZero();

        String storedId = results.get(0).get("proposal").get("id").asString();
        assertThat(api.get("/api/v1/proposals/" + storedId).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/proposals?reference=" + tag + "-1")
                        .body()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(api.get("/api/v1/proposals?reference=" + tag + "-2")
                        .body()
                        .get("totalItems")
                        .asInt())
                .isOne();
    }

    @Test
    void givesABatchItemTheSameProblemAsTheSinglePost() {
        String bad = json("{'institution':'MIT','country':'China','technologyArea':' '}");
        JsonNode single = api.post("/api/v1/proposals", bad).body();
        JsonNode item = api.post(BATCH, "{\"proposals\":[" + bad + "]}")
                .body()
                .get("results")
                .get(0)
                .get("problem");

        assertThat(item.get("errors")).hasSameSizeAs(single.get("errors"));
        for (int i = 0; i < single.get("errors").size(); i++) {
            assertThat(item.get("errors").get(i).get("field").asString())
                    .isEqualTo("proposals[0]."
                            + single.get("errors").get(i).get("field").asString());
            assertThat(item.get("errors").get(i).get("message"))
                    .isEqualTo(single.get("errors").get(i).get("message"));
        }
    }

    @Test
    void readsACsvBatchWithListsSeparatedByPipes() {
        String tag = "C-" + UUID.randomUUID();
        String csv = """
                reference,institution,country,technologyArea,researcherName,researcherAffiliations,researcherTalentProgrammes,fundingSources,fundingSourceCountries
                %1$s-0,Universidad de Sevilla,ES,Semiconductor lithography,Ana García,Universidad de Sevilla|CSIC,Recruitment Program of Global Talents,EU Horizon|Junta de Andalucía,BE|ES
                %1$s-1,"Harbin Institute of Technology, School of Astronautics",ZZ,optics,,,,,
                %1$s-2,University of Cambridge,GB,river pollution monitoring,,,,,
                """.formatted(tag);

        Api.Response response = api.post(BATCH, csv, "text/csv");

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.body().get("results");
        assertThat(results.valueStream().map(r -> r.get("status").asInt())).containsExactly(201, 400, 201);
        JsonNode sevilla = results.get(0).get("proposal");
        assertThat(sevilla.get("screening").get("overallRisk").asString()).isEqualTo("CRITICAL");
        assertThat(sevilla.get("researchers")
                        .get(0)
                        .get("affiliations")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("Universidad de Sevilla", "CSIC");
        assertThat(sevilla.get("fundingSources").get(1).get("country").asString())
                .isEqualTo("ES");
        assertThat(firstErrorField(results.get(1))).isEqualTo("proposals[1].country");
        assertThat(response.header("X-CollabScreen-Highest-Risk")).isEqualTo("CRITICAL");
    }

    @Test
    void answersInCsvWhenAskedTo() {
        Api.Response response = Api.exchange(api.client()
                .post()
                .uri(BATCH)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.parseMediaType("text/csv"))
                .body(json("{'proposals':["
                        + "{'institution':'University of Cambridge','country':'GB','technologyArea':'river pollution monitoring','reference':'a,b',"
                        + "'frameworks':['EU_HORIZON_ART_22_5','CA_STRAC']},"
                        + "{'institution':'MIT','country':'XX','technologyArea':'robotics'}]}")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("X-CollabScreen-Highest-Risk")).isEqualTo("LOW");
        String[] lines = response.text().split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", BatchCsvWriter.COLUMNS) + ",CA_STRAC,EU_HORIZON_ART_22_5");
        assertThat(lines[1]).startsWith("0,201,LOW,").endsWith(",\"a,b\",,NOT_IN_SCOPE,NOT_APPLICABLE");
        assertThat(lines[2])
                .startsWith("1,400,")
                .contains("proposals[1].country")
                .endsWith(",,");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasStartWithAQuoteAndLineBreaksStayInsideTheirCell() {
        List<String> references = List.of(
                "=HYPERLINK(\"http://x\")",
                "+1",
                "-1",
                "@SUM(A1)",
                "\tTAB",
                "\rCR",
                "R\n7,201,LOW,0,0,1,forged,FORGED,",
                "plain-ref");
        JsonMapper mapper = JsonMapper.builder().build();
        String items = references.stream()
                .map(reference -> "{\"institution\":\"University of Cambridge\",\"country\":\"GB\","
                        + "\"technologyArea\":\"river pollution\",\"reference\":" + mapper.writeValueAsString(reference)
                        + "}")
                .collect(Collectors.joining(","));

        Api.Response response = Api.exchange(api.client()
                .post()
                .uri(BATCH)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.parseMediaType("text/csv"))
                .body("{\"proposals\":[" + items + "]}"));

        assertThat(response.status()).isEqualTo(200);
        List<List<String>> rows = csvRows(response.text());
        assertThat(rows).hasSize(references.size() + 1);
        assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(7)))
                .containsExactly(
                        "'=HYPERLINK(\"http://x\")",
                        "'+1",
                        "'-1",
                        "'@SUM(A1)",
                        "'\tTAB",
                        "'\rCR",
                        "R\n7,201,LOW,0,0,1,forged,FORGED,",
                        "plain-ref");
    }

    private static List<List<String>> csvRows(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void rejectsABatchThatIsNotABatch() {
        Api.Response empty = api.post(BATCH, "{\"proposals\":[]}");
        assertThat(firstErrorField(empty.body())).isEqualTo("proposals");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.header("X-CollabScreen-Highest-Risk")).isNull();
        assertThat(firstErrorField(api.post(BATCH, "[{}]").body())).isEqualTo("proposals");
        assertThat(api.post(BATCH, "{\"proposals\":[").body().get("type").asString())
                .isEqualTo("/problems/malformed-request");
        String tooMany = "{\"proposals\":[" + "{},".repeat(1000) + "{}]}";
        Api.Response overLimit = api.post(BATCH, tooMany);
        assertThat(overLimit.status()).isEqualTo(400);
        assertThat(overLimit.body().get("errors").get(0).get("message").asString())
                .contains("at most 1000");
        assertThat(firstErrorField(
                        api.post(BATCH, "institution,country,technologyArea,colour\nMIT,US,robotics,red\n", "text/csv")
                                .body()))
                .isEqualTo("header");
        assertThat(firstErrorField(api.post(BATCH, "institution,technologyArea\nMIT,robotics\n", "text/csv")
                        .body()))
                .isEqualTo("header");
        assertThat(api.post(BATCH, "institution,country,technologyArea\n\"MIT,US,robotics\n", "text/csv")
                        .status())
                .isEqualTo(400);
        Api.Response twice =
                api.post(BATCH, "institution,country,technologyArea,country\nMIT,US,robotics,US\n", "text/csv");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body().get("detail").asString()).contains("country");
        assertThat(firstErrorField(api.post(BATCH, "", "text/csv").body())).isEqualTo("header");
        assertThat(firstErrorField(api.post(BATCH, "").body())).isEqualTo("proposals");
        byte[] latin1 = "institution,country,technologyArea\nUniversit\u00e9 de Lyon,FR,robotics\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.Response notUtf8 = Api.exchange(api.client()
                .post()
                .uri(BATCH)
                .header("Content-Type", "text/csv")
                .body(latin1));
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(firstErrorField(notUtf8.body())).isEqualTo("body");
        Api.Response declaredLatin1 = Api.exchange(api.client()
                .post()
                .uri(BATCH)
                .header("Content-Type", "text/csv; charset=ISO-8859-1")
                .body(latin1));
        assertThat(declaredLatin1
                        .body()
                        .get("results")
                        .get(0)
                        .get("proposal")
                        .get("institution")
                        .asString())
                .isEqualTo("Universit\u00e9 de Lyon");
    }

    private static String firstErrorField(JsonNode resultOrProblem) {
        JsonNode problem = resultOrProblem.has("problem") ? resultOrProblem.get("problem") : resultOrProblem;
        return problem.get("errors").get(0).get("field").asString();
    }
}
