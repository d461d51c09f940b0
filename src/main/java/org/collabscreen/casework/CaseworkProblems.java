package org.collabscreen.casework;

import org.collabscreen.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Casework requests that cannot apply: conflicts, stale or missing preconditions, a second approval by the same hand. */
final class CaseworkProblems {

    private CaseworkProblems() {}

    static ErrorResponseException conflict(String detail) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    static ErrorResponseException ifMatchMissing(String what) {
        return problem(
                HttpStatus.PRECONDITION_REQUIRED,
                "precondition-required",
                "Precondition required",
                "Send If-Match with the ETag of the " + what + " as you last read it");
    }

    static ErrorResponseException stale(String what, String etag) {
        return problem(
                HttpStatus.PRECONDITION_FAILED,
                "precondition-failed",
                "Precondition failed",
                "The " + what + " was changed since you read it: its ETag is now " + etag
                        + "; read it again and reapply your change");
    }

    static ErrorResponseException samePrincipal() {
        return problem(
                HttpStatus.FORBIDDEN,
                "four-eyes",
                "Second approval by another principal",
                "The key whose principal took a decision cannot also approve it: another key's principal must");
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
        return new ErrorResponseException(status, Problems.of(status, type, title, detail), null);
    }
}
