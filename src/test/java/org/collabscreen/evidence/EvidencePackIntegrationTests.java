package org.collabscreen.evidence;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
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
                .endsWith("no match for the partner institution \u201cUniversity of Cambridge\u201d.");
        assertThat(text.replaceAll("\\s", ""))
                .as("the PDF's text, whose line breaks the extraction turns into spaces")
                .contains(statement.replaceAll("\\s", ""));
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
