package org.collabscreen.rulebook;

import org.collabscreen.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A rule edit that cannot apply: the rule already exists, is already retired, or another edit came first. */
class RuleConflictException extends ErrorResponseException {

    private RuleConflictException(HttpStatus status, String type, String title, String detail) {
        super(status, Problems.of(status, type, title, detail), null);
    }

    static RuleConflictException alreadyExists(RuleKind kind, String key) {
        return new RuleConflictException(
                HttpStatus.CONFLICT, "conflict", "Conflict", kind.label() + " " + key + " already exists");
    }

    static RuleConflictException alreadyRetired(RuleKind kind, String key) {
        return new RuleConflictException(
                HttpStatus.CONFLICT, "conflict", "Conflict", kind.label() + " " + key + " is already retired");
    }

    static RuleConflictException ifMatchMissing() {
        return new RuleConflictException(
                HttpStatus.PRECONDITION_REQUIRED,
                "precondition-required",
                "Precondition required",
                "Send If-Match with the ETag of the rule as you last read it");
    }

    static RuleConflictException stale(StoredRule<?> current) {
        return new RuleConflictException(
                HttpStatus.PRECONDITION_FAILED,
                "precondition-failed",
                "Precondition failed",
                current.kind().label() + " " + current.key() + " was changed since you read it: its ETag is now "
                        + current.etag() + "; read it again and reapply your change");
    }
}
