package org.collabscreen.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An API key: {@code cs_live_} followed by 256 random bits in base64url. Only its SHA-256 hash is stored; a key of
 * 256 random bits needs no salt or slow hash, and hashing lets a key be found by its hash in one indexed lookup.
 */
record ApiKeySecret(String value) {

    static final String PREFIX = "cs_live_";
    private static final int RANDOM_BYTES = 32;
    private static final int SHOWN_CHARACTERS = PREFIX.length() + 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    static ApiKeySecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The hex SHA-256 of the key, as stored. */
    String hash() {
        return hash(value);
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The first characters, enough to tell keys apart in a list without revealing them. */
    String prefix() {
        return value.substring(0, Math.min(SHOWN_CHARACTERS, value.length() / 4)) + "…";
    }

    @Override
    public String toString() {
        return "ApiKeySecret [PROTECTED]";
    }
}
