package org.collabscreen.security;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** The security filter chain: API-key authentication, the access rules, rate limits, CORS and security headers. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final long MAX_BUCKETS = 200_000;

    @Bean
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ApiKeyAuthenticationProvider keys,
            ApiKeyCache checkedKeys,
            SecurityProblems problems,
            SecurityProperties properties,
            KeyAllowances allowances,
            LocalBucketStore localBuckets,
            ManagementPort managementPort)
            throws Exception {
        AuthenticationFilter authentication = new AuthenticationFilter(new ProviderManager(keys), request -> {
            String key = request.getHeader(API_KEY_HEADER);
            return key == null ? null : new PresentedApiKey(key);
        });
        authentication.setSuccessHandler((request, response, result) -> {
            // Carry on with the request; the default handler would redirect as after a login form.
        });
        authentication.setFailureHandler(problems);
        return http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(AbstractHttpConfigurer::disable)
                .addFilterAt(corsFilter(properties.cors()), CorsFilter.class)
                .headers(headers -> SecurityHeaders.apply(
                        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(
                        new AnonymousThrottle(localBuckets, properties.unauthenticated(), problems, request -> {
                            String key = request.getHeader(API_KEY_HEADER);
                            return key != null && checkedKeys.remembersAsActive(key);
                        }),
                        CorsFilter.class)
                .addFilterBefore(authentication, AnonymousAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(allowances, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(rules -> AccessRules.apply(rules, managementPort))
                .build();
    }

    /**
     * Buckets in this instance's memory: those of client addresses (the 401 throttle, which must never cost a database
     * round trip), and the keys' fallback when the cluster's buckets cannot be reached. One idle for two periods is
     * full again anyway.
     */
    @Bean
    LocalBucketStore localBuckets(SecurityProperties properties) {
        return new LocalBucketStore(MAX_BUCKETS, longestPeriod(properties).multipliedBy(2));
    }

    /** The API keys' buckets: in PostgreSQL for every instance on the database, or per instance if so configured. */
    @Bean
    KeyAllowances keyAllowances(
            SecurityProperties properties, LocalBucketStore localBuckets, ObjectProvider<ClusterBucketStore> cluster) {
        ClusterBucketStore shared = cluster.getIfAvailable();
        BucketStore keyBuckets = shared != null ? shared : localBuckets;
        return new KeyAllowances(keyBuckets, localBuckets, properties.rateLimit());
    }

    @Bean
    @ConditionalOnProperty(
            name = "collabscreen.security.rate-limit.scope",
            havingValue = "CLUSTER",
            matchIfMissing = true)
    ClusterBucketStore clusterBuckets(SecurityProperties properties, DataSource dataSource) {
        SecurityProperties.RateLimit limit = properties.rateLimit();
        return new ClusterBucketStore(
                dataSource,
                MAX_BUCKETS,
                limit.period().multipliedBy(2),
                limit.unsynchronisedRequests(),
                limit.syncWithin());
    }

    private static Duration longestPeriod(SecurityProperties properties) {
        Duration keys = properties.rateLimit().period();
        Duration addresses = properties.unauthenticated().period();
        return keys.compareTo(addresses) > 0 ? keys : addresses;
    }

    private static CorsFilter corsFilter(SecurityProperties.Cors properties) {
        CorsFilter filter = new CorsFilter(cors(properties));
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    static CorsConfigurationSource cors(SecurityProperties.Cors properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        // If-Match and ETag let a browser app edit rules, which needs the ETag it read.
        cors.setAllowedHeaders(List.of(API_KEY_HEADER, "Content-Type", "Idempotency-Key", "If-Match"));
        cors.setExposedHeaders(
                List.of("Location", "Retry-After", "X-Total-Count", "ETag", "Idempotent-Replayed", "Link"));
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
