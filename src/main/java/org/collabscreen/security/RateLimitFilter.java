package org.collabscreen.security;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per API key: at most {@code maxConcurrent} requests in progress, and a token per request from the key's bucket
 * (batches pay for their items through {@link RequestAllowance}). Past either, 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final KeyAllowances allowances;
    private final SecurityProblems problems;

    RateLimitFilter(KeyAllowances allowances, SecurityProblems problems) {
        this.allowances = allowances;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof ApiKeyAuthentication key)) {
            chain.doFilter(request, response);
            return;
        }
        Semaphore inProgress = allowances.inProgress(key.getPrincipal().keyId());
        if (!inProgress.tryAcquire()) {
            problems.tooManyRequests(
                    request,
                    response,
                    new TooManyRequests(
                            1,
                            "This API key already has " + allowances.maxConcurrent()
                                    + " requests in progress; retry after 1 s."));
            return;
        }
        try {
            ConsumptionProbe probe = allowances.tryConsume(key.getPrincipal().keyId(), 1);
            if (!probe.isConsumed()) {
                problems.tooManyRequests(
                        request, response, TooManyRequests.allowanceUsed(probe.getNanosToWaitForRefill()));
                return;
            }
            chain.doFilter(request, response);
        } finally {
            inProgress.release();
        }
    }
}
