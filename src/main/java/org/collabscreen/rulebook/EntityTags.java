package org.collabscreen.rulebook;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Rule ETags: answering with one, and comparing an {@code If-Match} header with it. */
final class EntityTags {

    private EntityTags() {
    }

    /** True when the header names the ETag, or is {@code *}; weak tags never match, as RFC 9110 requires. */
    static boolean matches(String ifMatch, String etag) {
        return Arrays.stream(ifMatch.split(",")).map(String::strip)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag));
    }

    /** The response for a rule, with its ETag. */
    static <B> ResponseEntity<B> tagged(HttpStatus status, StoredRule<?> stored, B body) {
        return ResponseEntity.status(status).eTag(stored.etag()).body(body);
    }
}
