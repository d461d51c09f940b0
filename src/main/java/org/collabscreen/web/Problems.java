package org.collabscreen.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with CollabScreen's stable relative {@code type} URIs. */
public final class Problems {

    private static final Map<Integer, String> TYPES_BY_STATUS = Map.of(
            400,
            "bad-request",
            401,
            "unauthorized",
            403,
            "forbidden",
            404,
            "not-found",
            405,
            "method-not-allowed",
            406,
            "not-acceptable",
            413,
            "payload-too-large",
            415,
            "unsupported-media-type",
            429,
            "too-many-requests",
            500,
            "internal-error");

    private Problems() {}

    /** The problem type of a status that has no more specific one. */
    public static String typeFor(int status) {
        return TYPES_BY_STATUS.getOrDefault(status, status >= 500 ? "internal-error" : "bad-request");
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
