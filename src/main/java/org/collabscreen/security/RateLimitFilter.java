package org.collabscreen.security;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Bucket4j token bucket per API key, held in a Caffeine cache: past its allowance a key gets 429 with
 * {@code Retry-After}. Buckets live in this instance's memory, so each instance applies the limit on its own.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final long MAX_KEYS = 100_000;

    private final Cache<UUID, Bucket> buckets;
    private final Bandwidth allowance;
    private final SecurityProblems problems;

    RateLimitFilter(SecurityProperties.RateLimit limit, SecurityProblems problems) {
        this.allowance = Bandwidth.builder()
                .capacity(limit.requests())
                .refillGreedy(limit.requests(), limit.period())
                .build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(limit.period().plus(limit.period()))
                .build();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiKeyAuthentication key) {
            Bucket bucket = buckets.get(
                    key.getPrincipal().keyId(),
                    id -> Bucket.builder().addLimit(allowance).build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                problems.tooManyRequests(request, response, retryAfterSeconds(probe.getNanosToWaitForRefill()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static long retryAfterSeconds(long nanos) {
        long second = TimeUnit.SECONDS.toNanos(1);
        return Math.max(1, (nanos + second - 1) / second);
    }
}
