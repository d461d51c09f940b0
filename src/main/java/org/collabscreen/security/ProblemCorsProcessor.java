package org.collabscreen.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Refuses a request from an origin that is not allowed with 403 problem+json, like every other refusal. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write("""
                {"type":"/problems/forbidden","title":"Forbidden","status":403,\
                "detail":"This origin may not call the API (CORS)."}""".getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
