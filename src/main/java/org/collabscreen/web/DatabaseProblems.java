package org.collabscreen.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The 503 answers to transient database failures: problem+json with a Retry-After the client can honour. */
final class DatabaseProblems {

    /** Long enough for a failover or a restart to make progress; clients add their own jitter. */
    static final int UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

    static final int BUSY_RETRY_AFTER_SECONDS = 1;

    private DatabaseProblems() {}

    static ResponseEntity<ProblemDetail> of(DatabaseFailures.Kind kind) {
        boolean busy = kind == DatabaseFailures.Kind.BUSY;
        ProblemDetail problem = busy
                ? Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-busy",
                        "Database busy",
                        "The database did not answer in time (a statement or lock wait timed out); retry later.")
                : Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable",
                        "Database unavailable",
                        "The database cannot be reached; retry later.");
        return retryLater(problem, busy ? BUSY_RETRY_AFTER_SECONDS : UNAVAILABLE_RETRY_AFTER_SECONDS);
    }

    /** A 503 with the problem and the seconds after which a retry may succeed. */
    static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem, int seconds) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
