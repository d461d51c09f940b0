package org.collabscreen.casework;

import java.util.Arrays;

/** Compares an {@code If-Match} header with a strong ETag, as RFC 9110 says: weak tags never match. */
final class EntityTagMatch {

    private EntityTagMatch() {}

    static boolean matches(String ifMatch, String etag) {
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag));
    }
}
