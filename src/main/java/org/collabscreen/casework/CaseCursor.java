package org.collabscreen.casework;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.collabscreen.web.InvalidFieldException;

/** The opaque position in the review queue after which the next page starts: risk change time, then proposal id. */
record CaseCursor(Instant riskChangedAt, UUID proposalId) {

    String encode() {
        String plain = riskChangedAt.getEpochSecond() + "." + riskChangedAt.getNano() + "/" + proposalId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static CaseCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("[./]", 3);
            return new CaseCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidFieldException("cursor", "is not a cursor this list returned");
        }
    }
}
