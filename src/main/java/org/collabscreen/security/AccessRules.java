package org.collabscreen.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Which roles may call which paths: every rule in one place. Anything not listed here is for ADMIN only, so a new
 * endpoint stays closed until it is classified (and {@code AuthorizationMatrixTests} fails until it is).
 */
final class AccessRules {

    /** The Prometheus scrape: public on the management port only; elsewhere for ADMIN, like the other endpoints. */
    static final String PROMETHEUS = "/actuator/prometheus";

    /** Public without a key. */
    static final String[] PUBLIC = {
        "/actuator/health",
        "/actuator/health/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml"
    };

    private static final String SCREENER = Role.SCREENER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String RULEBOOK_EDITOR = Role.RULEBOOK_EDITOR.name();
    private static final String ADMIN = Role.ADMIN.name();
    private static final String REVIEWER = Role.REVIEWER.name();

    private AccessRules() {}

    static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            RequestMatcher managementPort) {
        rules.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers(PUBLIC)
                .permitAll()
                .requestMatchers(RequestMatchers.allOf(
                        managementPort, PathPatternRequestMatcher.withDefaults().matcher(PROMETHEUS)))
                .permitAll()
                .requestMatchers("/api/v1/api-keys", "/api/v1/api-keys/**")
                .hasRole(ADMIN)
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/proposals",
                        "/api/v1/proposals/batch",
                        "/api/v1/proposals/*/screenings")
                .hasAnyRole(SCREENER, ADMIN)
                .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/proposals/*/dispositions",
                        "/api/v1/proposals/*/decisions",
                        "/api/v1/proposals/*/decisions/*/approvals")
                .hasAnyRole(REVIEWER, ADMIN)
                .requestMatchers(HttpMethod.PATCH, "/api/v1/proposals/*/decisions/*/conditions/*", "/api/v1/cases/*")
                .hasAnyRole(REVIEWER, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/v1/proposals/*/evidence", "/api/v1/cases")
                .hasAnyRole(REVIEWER, AUDITOR, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/v1/proposals", "/api/v1/proposals/**")
                .hasAnyRole(SCREENER, AUDITOR, REVIEWER, ADMIN)
                .requestMatchers("/api/v1/evidence/**")
                .hasAnyRole(SCREENER, AUDITOR, RULEBOOK_EDITOR, REVIEWER, ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/v1/rulebook", "/api/v1/rulebook/**", "/api/v1/frameworks")
                .hasAnyRole(SCREENER, AUDITOR, RULEBOOK_EDITOR, REVIEWER, ADMIN);
        for (HttpMethod change :
                new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            rules.requestMatchers(change, "/api/v1/rulebook", "/api/v1/rulebook/**")
                    .hasAnyRole(RULEBOOK_EDITOR, ADMIN);
        }
        rules.requestMatchers("/api/v1/audit-events", "/api/v1/audit-events/**")
                .hasAnyRole(AUDITOR, ADMIN)
                .requestMatchers("/api/v1/webhooks", "/api/v1/webhooks/**")
                .hasRole(ADMIN)
                .anyRequest()
                .hasRole(ADMIN);
    }
}
