package org.collabscreen.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Signs and verifies canonical evidence packs with Ed25519 (the JDK's own implementation). The key comes from
 * configuration; the quick start generates one into its data folder on first use, production mode never does.
 */
@Component
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceSigner {

    static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(EvidenceSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    EvidenceSigner(EvidenceProperties properties, @Value("${collabscreen.production:false}") boolean productionMode) {
        try {
            this.privateKey =
                    properties.signingKey() != null && !properties.signingKey().isBlank()
                            ? decode(properties.signingKey())
                            : fromFile(properties.keyFile(), productionMode);
            this.publicKey = publicKeyOf(privateKey);
            this.keyId = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("collabscreen.evidence.signing-key is not an Ed25519 PKCS#8 key", e);
        }
    }

    String keyId() {
        return keyId;
    }

    /** The public key, X.509 SubjectPublicKeyInfo in PEM, as {@code openssl pkey -pubin} reads it. */
    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** The signature of the bytes, Base64url without padding. */
    String sign(byte[] canonical) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(canonical);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verify(byte[] canonical, String value) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(canonical);
            return signature.verify(Base64.getUrlDecoder().decode(value));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PrivateKey fromFile(Path file, boolean productionMode) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            if (productionMode) {
                throw new IllegalStateException("The evidence signing key file " + file.toAbsolutePath() + " does not"
                        + " exist, and production mode never generates one: set COLLABSCREEN_EVIDENCE_SIGNING_KEY, the"
                        + " same on every instance, or point COLLABSCREEN_EVIDENCE_KEY_FILE at a file that holds it");
            }
            KeyPair generated = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(generated.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, pem);
            log.info("Generated an Ed25519 key for signing evidence packs in {}", file);
            return generated.getPrivate();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the evidence signing key " + file, e);
        }
    }

    private static PrivateKey decode(String text) throws GeneralSecurityException {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance(ALGORITHM)
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /**
     * Ed25519's public key follows from the private key (its seed). The JDK has no call for that, so its key pair
     * generator is handed the seed as its randomness and derives the public key itself.
     */
    private static PublicKey publicKeyOf(PrivateKey key) throws GeneralSecurityException {
        byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, bytes.length);
            }
        });
        return generator.generateKeyPair().getPublic();
    }
}
