package org.collabscreen.evidence;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.collabscreen.audit.Sealer;
import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The evidence pack over HTTP: its JSON signature verifies (on the server and with the published key alone) and fails
 * once any byte is changed; its PDF's text holds the proof-of-search statement.
 */
class EvidencePackIntegrationTests extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ApplicationContext context;

    @Test
    void theSignatureVerifiesAndFailsAfterAnyChangedByte() throws Exception {
        String id = proposal("EV-" + UUID.randomUUID().toString().substring(0, 6));
        Api.Response pack = await("the screening's audit event sealed into the chain")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get("/api/v1/proposals/" + id + "/evidence"),
                        response -> !response.body()
                                .get("audit")
                                .get("events")
                                .get(0)
                                .get("sequence")
                                .isNull());
        assertThat(pack.status()).isEqualTo(200);
        assertThat(pack.contentType()).startsWith("application/json");
        byte[] original = pack.exchange().getResponseBodyContent();
        JsonNode signature = pack.body().get("signature");
        assertThat(signature.get("alg").asString()).isEqualTo("Ed25519");
        assertThat(pack.body().get("audit").get("head").get("hash").asString()).hasSize(64);
        assertThat(pack.body().get("audit").get("events").get(0).get("sequence").asLong())
                .isPositive();
        assertThat(pack.body().get("listEditionsInForce").toString()).contains("DOD_1286");

        assertThat(verifyOnServer(original).get("valid").asBoolean()).isTrue();
        String keyId = signature.get("keyId").asString();
        PublicKey key = publishedKey(keyId);
        assertThat(verifiesWithKey(original, key, keyId)).isTrue();

        int checked = 0;
        for (int i = 0; i < original.length; i += 7) {
            byte[] changed = original.clone();
            changed[i] = (byte) (changed[i] == 'a' ? 'b' : 'a');
            assertThat(verifiesWithKey(changed, key, keyId))
                    .as("byte %d changed", i)
                    .isFalse();
            checked++;
        }
        byte[] changedDigit = new String(original, StandardCharsets.UTF_8)
                .replaceFirst("\"rulebookRevision\":(\\d)", "\"rulebookRevision\":9$1")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(verifyOnServer(changedDigit).get("valid").asBoolean()).isFalse();
        byte[] lastByteOfSignature = original.clone();
        int value = new String(original, StandardCharsets.UTF_8).lastIndexOf("\"value\":\"") + 9;
        lastByteOfSignature[value] = (byte) (lastByteOfSignature[value] == 'A' ? 'B' : 'A');
        assertThat(verifyOnServer(lastByteOfSignature).get("valid").asBoolean()).isFalse();
        System.out.println("Evidence pack: " + original.length + " bytes; " + checked
                + " single-byte changes checked, none verifies");
    }

    @Test
    void thePdfStatesTheProofOfSearch() throws Exception {
        String id = proposal("EV-" + UUID.randomUUID().toString().substring(0, 6));
        Api.Response pdf = Api.exchange(
                api.client().get().uri("/api/v1/proposals/" + id + "/evidence").header("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");

        String text;
        try (PDDocument document = Loader.loadPDF(pdf.exchange().getResponseBodyContent())) {
            text = new PDFTextStripper().getText(document);
        }
        String statement = api.get("/api/v1/proposals/" + id + "/evidence")
                .body()
                .get("proofOfSearch")
                .get(0)
                .asString();
        assertThat(statement)
                .startsWith("Screened on ")
                .contains("Section 1286")
                .contains("no match for the partner institution \u201cUniversity of Cambridge\u201d.");
        System.out.println("Proof of search: " + statement);
        assertThat(text.replaceAll("\\s", ""))
                .as("the PDF's text, whose line breaks the extraction turns into spaces")
                .contains(statement.replaceAll("\\s", ""));
    }

    @Test
    void everyScreeningsVerdictsAreInTheSignedJsonThePdfAndTheProofOfSearch() throws Exception {
        String id = proposal("EV-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(api.post("/api/v1/proposals/" + id + "/screenings", "").status())
                .isEqualTo(201);
        JsonNode pack = api.get("/api/v1/proposals/" + id + "/evidence").body();
        String pdf = pdfText(id);

        assertThat(pack.get("screenings")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode verdicts = pack.get("screenings").get(i).get("verdicts");
            assertThat(verdicts).as("the default frameworks' verdicts").hasSize(7);
            String proof = pack.get("proofOfSearch").get(i).asString();
            for (JsonNode verdict : verdicts) {
                String framework = verdict.get("framework").asString();
                String edition = verdict.get("edition").asString();
                assertThat(verdict.get("outcomeText").asString()).isNotBlank();
                assertThat(verdict.get("level").asString()).isNotBlank();
                assertThat(verdict.has("reasons") && verdict.has("missingInputs") && verdict.has("actions"))
                        .isTrue();
                assertThat(proof)
                        .contains(framework + " edition " + edition + " ("
                                + verdict.get("outcome").asString() + ")");
                assertThat(pdf)
                        .as("the PDF's verdict of %s", framework)
                        .contains(squeezed(framework + ", edition " + edition))
                        .contains(squeezed(verdict.get("outcome").asString() + ": "
                                + verdict.get("outcomeText").asString()))
                        .contains(squeezed(verdict.get("level").asString()));
                for (JsonNode reason : verdict.get("reasons")) {
                    assertThat(pdf).contains(squeezed(reason.get("text").asString()));
                }
                for (JsonNode missing : verdict.get("missingInputs")) {
                    assertThat(pdf)
                            .contains(squeezed(missing.get("field").asString() + ": "
                                    + missing.get("why").asString()));
                }
                for (JsonNode action : verdict.get("actions")) {
                    assertThat(pdf).contains(squeezed(action.asString()));
                }
            }
        }
        assertThat(pack.get("screenings").get(0).get("verdicts").toString())
                .as("something to show in each column")
                .contains("\"reasons\":[{", "\"actions\":[\"");
        assertThat(api.post("/api/v1/evidence/verification", pack.toString())
                        .body()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aPackTakenRightAfterADecisionHoldsTheDecisionsAuditEventsMarkedNotYetSealed() throws Exception {
        Sealer sealer = new Sealer(context);
        String id = proposal("EV-" + UUID.randomUUID().toString().substring(0, 6));
        String screening = api.get("/api/v1/proposals/" + id)
                .body()
                .get("screening")
                .get("id")
                .asString();
        JsonNode pack;
        String pdf;
        sealer.pause();
        try {
            Api.Response decided = api.post("/api/v1/proposals/" + id + "/decisions", json("""
                    {'screeningId': '%s', 'outcome': 'APPROVED', 'rationale': 'River monitoring, no listed partner'}""".formatted(screening)));
            assertThat(decided.status()).isEqualTo(201);
            assertThat(decided.body().get("status").asString()).isEqualTo("DECIDED");
            Api.Response taken = api.get("/api/v1/proposals/" + id + "/evidence");
            pack = taken.body();
            pdf = pdfText(id);
            assertThat(api.post("/api/v1/evidence/verification", taken.text())
                            .body()
                            .get("valid")
                            .asBoolean())
                    .isTrue();
        } finally {
            sealer.resume();
        }

        JsonNode decision = event(pack, "DECISION_RECORDED");
        assertThat(decision.get("sealed").asBoolean()).isFalse();
        assertThat(decision.get("sequence").isNull()).isTrue();
        assertThat(decision.get("hash").isNull()).isTrue();
        assertThat(event(pack, "CASE_DECIDED").get("sealed").asBoolean()).isFalse();
        assertThat(event(pack, "SCREENING_COMPLETED").get("sealed").asBoolean())
                .as("the screening's event, sealed before the pause")
                .isTrue();
        assertThat(pdf)
                .contains(squeezed("not yet sealed"))
                .contains("DECISION_RECORDED")
                .contains(squeezed("2 of these events were committed but not yet sealed"));

        sealer.sealNow();
        JsonNode later = api.get("/api/v1/proposals/" + id + "/evidence").body();
        JsonNode sealed = event(later, "DECISION_RECORDED");
        assertThat(sealed.get("id").asString()).isEqualTo(decision.get("id").asString());
        assertThat(sealed.get("sealed").asBoolean()).isTrue();
        assertThat(sealed.get("sequence").asLong())
                .isPositive()
                .isLessThanOrEqualTo(
                        later.get("audit").get("head").get("sequence").asLong());
    }

    @Test
    void thePdfShowsChineseNamesInAnEmbeddedFont() throws Exception {
        String id = api.post("/api/v1/proposals", json("""
                        {'institution': '哈尔滨工业大学', 'country': 'CN', 'reference': 'EV-CJK',
                         'title': '与中国科学院半导体研究所的合作', 'technologyArea': 'River pollution monitoring'}""")).body().get("id").asString();
        byte[] pdf = pdf(id);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Evidence pack: 哈尔滨工业大学 (CN)", "与中国科学院半导体研究所的合作");
            List<String> fonts = new ArrayList<>();
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
            }
            assertThat(fonts).anyMatch(font -> font.contains("NotoSansSC") && font.endsWith("(embedded)"));
        }
        System.out.println("Evidence pack with Chinese names: " + pdf.length + " bytes");
    }

    private JsonNode event(JsonNode pack, String action) {
        for (JsonNode event : pack.get("audit").get("events")) {
            if (action.equals(event.get("action").asString())) {
                return event;
            }
        }
        throw new AssertionError("no " + action + " event in " + pack.get("audit"));
    }

    private byte[] pdf(String id) {
        Api.Response pdf = Api.exchange(
                api.client().get().uri("/api/v1/proposals/" + id + "/evidence").header("Accept", "application/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        return pdf.exchange().getResponseBodyContent();
    }

    /** The PDF's text without white space: the extraction breaks lines where the layout wrapped them. */
    private String pdfText(String id) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(id))) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s", "");
    }

    private String proposal(String reference) {
        return api.post("/api/v1/proposals", json("""
                        {'institution': 'University of Cambridge', 'country': 'GB', 'reference': '%s',
                         'technologyArea': 'River pollution monitoring'}""".formatted(reference)))
                .body()
                .get("id")
                .asString();
    }

    private JsonNode verifyOnServer(byte[] pack) {
        return api.post("/api/v1/evidence/verification", new String(pack, StandardCharsets.UTF_8))
                .body();
    }

    private PublicKey publishedKey(String keyId) throws Exception {
        JsonNode published = api.get("/api/v1/evidence/signing-key").body();
        assertThat(published.get("keyId").asString()).isEqualTo(keyId);
        String base64 = published
                .get("publicKeyPem")
                .asString()
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** What any client can do with the published key: canonicalise the pack without its signature and verify. */
    private static boolean verifiesWithKey(byte[] pack, PublicKey key, String keyId) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(new String(pack, StandardCharsets.UTF_8));
            JsonNode signature = document.remove("signature");
            if (!"Ed25519".equals(signature.get("alg").asString())
                    || !keyId.equals(signature.get("keyId").asString())) {
                return false;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(new JsonCanonicalizer(JSON.writeValueAsString(document)).getEncodedUTF8());
            return verifier.verify(
                    Base64.getUrlDecoder().decode(signature.get("value").asString()));
        } catch (Exception e) {
            return false;
        }
    }
}
