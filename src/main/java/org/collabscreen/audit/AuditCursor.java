package org.collabscreen.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.collabscreen.web.InvalidFieldException;

/** The opaque keyset cursor of the audit-event list: the position of the last event of the page before. */
final class AuditCursor {

    private static final String PREFIX = "audit-events:";

    private AuditCursor() {}

    static String after(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position the cursor stands for; a 400 naming {@code cursor} when it is not one this list gave out. */
    static long position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position > 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException notBase64OrNumber) {
            // answered below like any other foreign cursor
        }
        throw new InvalidFieldException("cursor", "is not a cursor of this list; pass back a nextCursor unchanged");
    }
}
