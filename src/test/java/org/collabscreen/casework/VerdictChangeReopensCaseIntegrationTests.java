package org.collabscreen.casework;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decided case reopens when a later screening changes a funder verdict while the overall risk stays: a new edition
 * of the Dutch screening bill covers the host country, so its verdict turns from NOT_IN_SCOPE to SCREENING_REQUIRED.
 * The partner has a Chinese name, and the evidence pack's PDF shows it (page 1 is kept under target/ for the docs).
 */
class VerdictChangeReopensCaseIntegrationTests extends ApiTest {

    private static final String PARTNER = "中国科学院半导体研究所";
    private static final String NL = "NL_KNOWLEDGE_SECURITY";

    @Test
    void reopensADecidedCaseWhenANewFrameworkEditionChangesAVerdictButNotTheRisk() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String client = "verdicts-" + suffix.toLowerCase();
        Api screener = api.withKey(api.createKey(client, "SCREENER"));
        Api reviewer = api.withKey(api.createKey(client, "REVIEWER"));
        Api secondReviewer = api.withKey(api.createKey(client, "REVIEWER"));
        // Far in the future, so that the new edition below applies to this proposal alone.
        LocalDate decisionDate =
                LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));

        try (HookReceiver hooks = new HookReceiver()) {
            api.post(
                    "/api/v1/webhooks",
                    json("{'url':'" + hooks.url() + "','events':['CASE_DECIDED','CASE_REOPENED'],'allClients':true}"));

            // Hosted in Tuvalu: not a Dutch knowledge institution, so the draft bill does not reach it.
            Api.Response submitted =
                    screener.post("/api/v1/proposals", json("""
                    {'institution': '%s', 'country': 'CN', 'reference': 'VC-%s',
                     'title': '与哈尔滨工业大学合作的柔性传感器研究',
                     'technologyArea': 'Semiconductor lithography for flexible sensors',
                     'frameworks': ['%s', 'US_DOD_FUNDAMENTAL_RESEARCH'], 'hostCountry': 'TV',
                     'decisionDate': '%s'}""".formatted(PARTNER, suffix, NL, decisionDate)));
            assertThat(submitted.status()).isEqualTo(201);
            String id = submitted.body().get("id").asString();
            JsonNode screened = submitted.body().get("screening");
            String risk = screened.get("overallRisk").asString();
            JsonNode decidedVerdict = verdict(screened, NL);
            assertThat(decidedVerdict.get("outcome").asString()).isEqualTo("NOT_IN_SCOPE");
            String decidedEdition = decidedVerdict.get("edition").asString();

            // Decided, with a second approval where the risk needs four eyes.
            Api.Response decided = reviewer.post("/api/v1/proposals/" + id + "/decisions", json("""
                            {'screeningId': '%s', 'outcome': 'APPROVED',
                             'rationale': 'Not in the scope of the Dutch bill; DoD mitigations agreed'}""".formatted(
                            screened.get("id").asString())));
            assertThat(decided.status()).isEqualTo(201);
            if (decided.body().get("needsApproval").asBoolean()) {
                Api.Response approved = Api.exchange(secondReviewer
                        .client()
                        .post()
                        .uri("/api/v1/proposals/" + id + "/decisions/"
                                + decided.body().get("id").asString() + "/approvals")
                        .header("If-Match", decided.header("ETag")));
                assertThat(approved.status()).isEqualTo(201);
            }
            assertThat(caseStatus(reviewer, id)).isEqualTo("DECIDED");
            hooks.awaitBodyWith("CASE_DECIDED", id);

            // A re-screen that changes nothing leaves the decision standing.
            assertThat(screener.post("/api/v1/proposals/" + id + "/screenings", "")
                            .status())
                    .isEqualTo(201);
            assertThat(caseStatus(reviewer, id)).isEqualTo("DECIDED");

            // A new edition of the bill covers institutions hosted in Tuvalu from a date before the decision date.
            String newEdition = "2040-" + suffix;
            ObjectNode edition =
                    (ObjectNode) api.get("/api/v1/rulebook/framework-editions/" + NL + "_" + decidedEdition)
                            .body()
                            .get("edition")
                            .deepCopy();
            edition.put("edition", newEdition);
            edition.put("effectiveFrom", decisionDate.minusDays(1).toString());
            ((ArrayNode) edition.get("lists").get("knowledgeInstitutionCountries")).add("TV");
            Api.Response added = api.post("/api/v1/rulebook/framework-editions", edition.toString());
            assertThat(added.status()).as(added.text()).isEqualTo(201);
            new Editing(api).awaitImpact(Integer.parseInt(added.header("ETag").replace("\"", "")));

            // The change-impact job re-screened the proposal: same risk, another verdict, the case reopened.
            JsonNode latest = reviewer.get("/api/v1/proposals/" + id).body().get("screening");
            assertThat(latest.get("overallRisk").asString()).isEqualTo(risk);
            assertThat(verdict(latest, NL).get("edition").asString()).isEqualTo(newEdition);
            assertThat(verdict(latest, NL).get("outcome").asString()).isEqualTo("SCREENING_REQUIRED");
            assertThat(caseStatus(reviewer, id)).isEqualTo("REOPENED");
            String reopened = hooks.awaitBodyWith("CASE_REOPENED", id);
            System.out.println("Webhook: " + reopened);
            assertThat(reopened)
                    .contains("\"reasons\":[\"VERDICT_CHANGED\"]")
                    .contains("\"newOverallRisk\":\"" + risk + "\"")
                    .contains("{\"framework\":\"" + NL + "\",\"decidedEdition\":\"" + decidedEdition
                            + "\",\"decidedOutcome\":\"NOT_IN_SCOPE\",\"newEdition\":\"" + newEdition
                            + "\",\"newOutcome\":\"SCREENING_REQUIRED\"}")
                    .doesNotContain("RISK_RAISED", "US_DOD_FUNDAMENTAL_RESEARCH");

            // The evidence pack's PDF shows the partner's Chinese name, the verdicts and the framework editions.
            byte[] pdf = Api.exchange(reviewer.client()
                            .get()
                            .uri("/api/v1/proposals/" + id + "/evidence")
                            .header("Accept", "application/pdf"))
                    .exchange()
                    .getResponseBodyContent();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "evidence-pack-verdict-change.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
                assertThat(text)
                        .contains("Evidencepack:" + PARTNER + "(CN)")
                        .contains("与哈尔滨工业大学合作的柔性传感器研究")
                        .contains("SCREENING_REQUIRED", "NOT_IN_SCOPE", NL + ",edition" + newEdition)
                        .contains("CASE_REOPENED");
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80);
                ImageIO.write(
                        page,
                        "png",
                        Path.of("target", "evidence-pack-page1.png").toFile());
            }
        }
    }

    private static JsonNode verdict(JsonNode screening, String framework) {
        for (JsonNode verdict : screening.get("verdicts")) {
            if (framework.equals(verdict.get("framework").asString())) {
                return verdict;
            }
        }
        throw new AssertionError("no " + framework + " verdict in " + screening.get("verdicts"));
    }

    private static String caseStatus(Api caller, String id) {
        return caller.get("/api/v1/proposals/" + id)
                .body()
                .get("case")
                .get("status")
                .asString();
    }
}
