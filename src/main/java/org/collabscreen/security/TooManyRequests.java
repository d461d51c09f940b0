package org.collabscreen.security;

import java.util.concurrent.TimeUnit;

import org.collabscreen.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A 429 problem with {@code Retry-After}, for a caller past its allowance or its requests in progress. */
final class TooManyRequests extends ErrorResponseException {

    TooManyRequests(long retryAfterSeconds, String detail) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        Problems.typeFor(HttpStatus.TOO_MANY_REQUESTS.value()),
                        "Too many requests",
                        detail),
                null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }

    static TooManyRequests allowanceUsed(long nanosToWait) {
        long seconds = retryAfterSeconds(nanosToWait);
        return new TooManyRequests(
                seconds, "This API key has used its request allowance; retry after " + seconds + " s.");
    }

    static long retryAfterSeconds(long nanos) {
        long second = TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, (nanos + second - 1) / second);
    }
}
