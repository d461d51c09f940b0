package org.collabscreen.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing of evidence packs (Ed25519).
 *
 * @param signingKey the private key, PKCS#8 in Base64 (or PEM); when absent, the key in {@code keyFile} is used
 * @param keyFile    where the quick start keeps a key it generated on first use (PEM, PKCS#8)
 */
@ConfigurationProperties("collabscreen.evidence")
record EvidenceProperties(
        String signingKey,
        @DefaultValue("data/evidence-signing-key.pem") Path keyFile) {}
