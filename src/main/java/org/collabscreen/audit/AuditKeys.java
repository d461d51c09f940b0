package org.collabscreen.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC-SHA256 keys of the chain, held outside the database. Each key's id is derived from the key itself, so a
 * sealed row names the key that sealed it and a changed key can never be mistaken for the old one. Rows sealed
 * before the chain was keyed carry {@link #LEGACY}.
 */
final class AuditKeys {

    static final String LEGACY = "legacy-sha256";

    private static final Logger log = LoggerFactory.getLogger(AuditKeys.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final int MINIMUM_KEY_BYTES = 16;

    private final String currentId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    AuditKeys(byte[] current, Iterable<byte[]> previous) {
        this.currentId = idOf(current);
        keys.put(currentId, current.clone());
        previous.forEach(key -> keys.putIfAbsent(idOf(key), key.clone()));
    }

    /**
     * The configured key, else the key file, generated (permissions 600) when it does not exist yet, unless in
     * production mode, where every instance must read the same key and none generates one.
     */
    static AuditKeys load(AuditProperties properties, boolean productionMode) {
        byte[] current = properties.hmacKey().isBlank()
                ? fromFile(properties.keyFile(), productionMode)
                : decode("collabscreen.audit.hmac-key", properties.hmacKey());
        return new AuditKeys(
                current,
                properties.previousHmacKeys().stream()
                        .map(key -> decode("collabscreen.audit.previous-hmac-keys", key))
                        .toList());
    }

    String currentId() {
        return currentId;
    }

    /** HMAC-SHA256 of the message with the key of that id, hex; empty when no such key is configured. */
    Optional<String> mac(String keyId, String message) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Optional.of(HEX.formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** HMAC-SHA256 with the current key. */
    String mac(String message) {
        return mac(currentId, message).orElseThrow();
    }

    static String idOf(byte[] key) {
        try {
            return "hmac-"
                    + HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(key))
                            .substring(0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] fromFile(Path file, boolean productionMode) {
        try {
            if (!Files.exists(file)) {
                if (productionMode) {
                    throw new IllegalStateException("The audit key file " + file.toAbsolutePath() + " does not exist,"
                            + " and production mode never generates one: set COLLABSCREEN_AUDIT_HMAC_KEY, the same on"
                            + " every instance, or point COLLABSCREEN_AUDIT_KEY_FILE at a file that holds it");
                }
                generate(file);
            }
            return decode(file.toString(), Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the audit key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        try {
            Files.createFile(
                    absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(absolute);
            absolute.toFile().setReadable(false, false);
            absolute.toFile().setReadable(true, true);
        }
        Files.writeString(absolute, HEX.formatHex(key) + "\n");
        log.warn(
                "Generated the audit trail's HMAC key into {} (permissions 600). Back it up outside the database: without"
                        + " it the chain cannot be verified. Set COLLABSCREEN_AUDIT_HMAC_KEY to manage it yourself.",
                absolute);
    }

    private static byte[] decode(String source, String hex) {
        try {
            byte[] key = HEX.parseHex(hex.strip());
            if (key.length < MINIMUM_KEY_BYTES) {
                throw new IllegalStateException(source + ": an audit HMAC key needs at least " + MINIMUM_KEY_BYTES
                        + " bytes (" + 2 * MINIMUM_KEY_BYTES + " hex digits)");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": an audit HMAC key is written in hex digits", e);
        }
    }
}
