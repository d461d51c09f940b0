package org.collabscreen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.collabscreen.web.Problems;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers 401, 403 and 429 from the security filters in the same problem+json as every other error, by handing them
 * to Spring MVC's exception handling.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private final HandlerExceptionResolver resolver;

    SecurityProblems(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        boolean presented = request.getHeader(SecurityConfiguration.API_KEY_HEADER) != null;
        send(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "Unauthorized",
                presented
                        ? "The API key is unknown or revoked."
                        : "Send an API key in header " + SecurityConfiguration.API_KEY_HEADER + ".",
                new HttpHeaders());
    }

    /** A key that could not be checked (the database is down) gets the same 503 as any request that needs it. */
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        if (e instanceof AuthenticationServiceException && e.getCause() instanceof Exception cause) {
            resolver.resolveException(request, response, null, cause);
        } else {
            commence(request, response, e);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        send(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "The API key's roles do not allow this request.",
                new HttpHeaders());
    }

    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, TooManyRequests problem) {
        resolver.resolveException(request, response, null, problem);
    }

    private void send(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String title,
            String detail,
            HttpHeaders headers) {
        ErrorResponseException problem = new ErrorResponseException(
                status, Problems.of(status, Problems.typeFor(status.value()), title, detail), null);
        problem.getHeaders().addAll(headers);
        resolver.resolveException(request, response, null, problem);
    }
}
