package org.collabscreen.rulebook;

import java.util.Arrays;

/** Compares an {@code If-Match} header with a rule's strong ETag. */
final class EntityTags {

    private EntityTags() {}

    /** True when the header names the ETag, or is {@code *}; weak tags never match, as RFC 9110 requires. */
    static boolean matches(String ifMatch, String etag) {
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag));
    }
}
