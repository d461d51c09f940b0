package org.collabscreen.webhook;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.collabscreen.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers of the webhook tests: a proposal whose next re-screen changes its risk, and a receiver's signature check. */
final class RiskChanges {

    private RiskChanges() {}

    /**
     * Submits a CRITICAL proposal and records LOW as its latest risk, as if it had been screened before a list
     * changed; the next re-screen then changes LOW to CRITICAL.
     */
    static String proposalWhoseRiskWillChange(Api api, JdbcClient jdbc, String reference) {
        Api.Response created = api.post(
                "/api/v1/proposals",
                ("{'institution':'Harbin Institute of Technology',"
                                + "'country':'CN','technologyArea':'semiconductor lithography','reference':'"
                                + reference + "'}")
                        .replace('\'', '"'));
        String id = created.body().get("id").asString();
        jdbc.sql("update proposal set latest_overall_risk = 'LOW' where id = ?")
                .param(UUID.fromString(id))
                .update();
        return id;
    }

    /** What a receiver does: recompute HMAC-SHA256 over "<timestamp>.<body>" and compare in constant time. */
    static boolean signatureIsValid(String secret, WebhookReceiver.Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256="
                + HexFormat.of()
                        .formatHex(mac.doFinal((request.header("X-CollabScreen-Timestamp") + "." + request.body())
                                .getBytes(StandardCharsets.UTF_8)));
        return java.security.MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                request.header("X-CollabScreen-Signature").getBytes(StandardCharsets.UTF_8));
    }
}
