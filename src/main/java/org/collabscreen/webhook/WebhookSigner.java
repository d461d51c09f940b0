package org.collabscreen.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery: {@code X-CollabScreen-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with the
 * webhook's secret, and {@code X-CollabScreen-Timestamp: <Unix seconds>}, so a receiver can check both origin and age.
 */
final class WebhookSigner {

    static final String SIGNATURE_HEADER = "X-CollabScreen-Signature";
    static final String TIMESTAMP_HEADER = "X-CollabScreen-Timestamp";

    private WebhookSigner() {}

    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
