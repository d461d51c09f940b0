package org.collabscreen.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A resource of the server's own that is missing for now is a 503 the client may retry, not a 500. */
class ServiceUnavailableProblemTests {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void answersWithRetryAfterAndTheMessageAsDetail() {
        var response = handler.unavailable(new ServiceUnavailableException(
                "No room for the batch's data; retry later.", new IOException("ENOSPC")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody().getType()).hasToString("/problems/service-unavailable");
        assertThat(response.getBody().getDetail()).isEqualTo("No room for the batch's data; retry later.");
    }
}
