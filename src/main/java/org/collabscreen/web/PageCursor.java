package org.collabscreen.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after an item in a list ordered newest first by time, then id: what a {@code nextCursor} carries,
 * opaque to clients (base64url of the time and id).
 */
public record PageCursor(Instant at, UUID id) {

    /** The cursor a client sends back; a 400 naming {@code field} when it is not one this API gave out. */
    public static PageCursor parse(String field, String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 2) {
                return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // falls through to the problem below
        }
        throw new InvalidFieldException(field, "is not a cursor this list gave out; use nextCursor as returned");
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
