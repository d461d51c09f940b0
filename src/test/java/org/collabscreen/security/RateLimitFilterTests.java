package org.collabscreen.security;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class RateLimitFilterTests {

    private final SecurityProblems problems = mock(SecurityProblems.class);
    private final ApiKeyAuthentication key =
            new ApiKeyAuthentication(new ApiKeyPrincipal(UUID.randomUUID(), "pipeline", "uni", Set.of(Role.SCREENER)));

    @AfterEach
    void forgetTheCaller() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void keyWithItsMaximumOfRequestsInProgressGetsTooManyRequestsUntilOneEnds() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(allowances(1000, 2), problems);
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        FilterChain slow = (request, response) -> {
            inside.countDown();
            await(release);
        };
        List<CompletableFuture<Void>> running = List.of(
                CompletableFuture.runAsync(() -> call(filter, slow)),
                CompletableFuture.runAsync(() -> call(filter, slow)));
        inside.await();

        FilterChain third = mock(FilterChain.class);
        call(filter, third);

        verify(third, never()).doFilter(any(), any());
        verify(problems)
                .tooManyRequests(
                        any(),
                        any(),
                        argThat(problem ->
                                problem.getHeaders().getFirst("Retry-After").equals("1")
                                        && problem.getBody().getDetail().contains("2 requests in progress")));
        release.countDown();
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        FilterChain later = mock(FilterChain.class);
        call(filter, later);
        verify(later).doFilter(any(), any());
    }

    @Test
    void keyPastItsTokensIsRefusedWithoutReachingTheChain() throws Exception {
        RateLimitFilter filter = new RateLimitFilter(allowances(1, 5), problems);
        FilterChain chain = mock(FilterChain.class);

        call(filter, chain);
        call(filter, chain);

        verify(chain).doFilter(any(), any());
        verify(problems).tooManyRequests(any(), any(), any());
    }

    private KeyAllowances allowances(long requests, int maxConcurrent) {
        LocalBucketStore buckets = new LocalBucketStore(100, Duration.ofHours(1));
        return new KeyAllowances(
                buckets,
                buckets,
                new SecurityProperties.RateLimit(
                        requests,
                        Duration.ofHours(1),
                        maxConcurrent,
                        SecurityProperties.RateLimit.Scope.INSTANCE,
                        1,
                        Duration.ofMillis(100)));
    }

    private void call(RateLimitFilter filter, FilterChain chain) {
        SecurityContextHolder.getContext().setAuthentication(key);
        try {
            filter.doFilter(
                    new MockHttpServletRequest("GET", "/api/v1/rulebook"), new MockHttpServletResponse(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
