package org.collabscreen.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles callers without a valid API key by client address, before any key is looked up: each answer 401 costs
 * the address a token, and an address without tokens gets 429 with {@code Retry-After} at once, without a database
 * lookup. A request whose key is remembered as active ({@code remembered}, from memory only) still goes on, so a
 * client guessing keys does not lock out the valid clients behind the same address (a proxy, a NAT). Public paths
 * (health, API description) stay open.
 */
class AnonymousThrottle extends OncePerRequestFilter {

    private final BucketStore buckets;
    private final BucketConfiguration allowance;
    private final SecurityProblems problems;
    private final Predicate<HttpServletRequest> remembered;
    private final List<RequestMatcher> publicPaths = Arrays.stream(AccessRules.PUBLIC)
            .map(pattern ->
                    (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
            .toList();

    AnonymousThrottle(
            BucketStore buckets,
            SecurityProperties.Unauthenticated limit,
            SecurityProblems problems,
            Predicate<HttpServletRequest> remembered) {
        this.buckets = buckets;
        this.allowance = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period())
                        .build())
                .build();
        this.problems = problems;
        this.remembered = remembered;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return publicPaths.stream().anyMatch(path -> path.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.bucket("address:" + request.getRemoteAddr(), () -> allowance);
        if (bucket.getAvailableTokens() < 1 && !remembered.test(request)) {
            long seconds = TooManyRequests.retryAfterSeconds(
                    bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            problems.tooManyRequests(
                    request,
                    response,
                    new TooManyRequests(
                            seconds,
                            "Too many requests without a valid API key from this address; retry after " + seconds
                                    + " s."));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            bucket.tryConsume(1);
        }
    }
}
