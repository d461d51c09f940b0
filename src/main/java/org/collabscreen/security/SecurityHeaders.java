package org.collabscreen.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Content-Security-Policy on top of Spring Security's default headers (nosniff, frame denial, no-store, HSTS on
 * HTTPS): nothing may load from an API response; Swagger UI may load its own scripts, styles and images.
 */
final class SecurityHeaders {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String EXPLORER_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher explorer = new OrRequestMatcher(
                PathPatternRequestMatcher.pathPattern("/swagger-ui.html"),
                PathPatternRequestMatcher.pathPattern("/swagger-ui/**"));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        explorer, new ContentSecurityPolicyHeaderWriter(EXPLORER_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(explorer), new ContentSecurityPolicyHeaderWriter(API_POLICY)));
    }
}
