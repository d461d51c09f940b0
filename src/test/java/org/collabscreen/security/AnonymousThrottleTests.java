package org.collabscreen.security;

import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class AnonymousThrottleTests {

    private final SecurityProblems problems = mock(SecurityProblems.class);
    private final AnonymousThrottle throttle = new AnonymousThrottle(
            new LocalBucketStore(100, Duration.ofHours(1)),
            new SecurityProperties.Unauthenticated(2, Duration.ofHours(1)),
            problems,
            request -> "remembered-valid-key".equals(request.getHeader("X-API-Key")));

    /** The chain stands for authentication: it answers 401, as for an unknown key, after a database lookup. */
    private final FilterChain lookup = mock(FilterChain.class, invocation -> {
        invocation.getArgument(1, HttpServletResponse.class).setStatus(401);
        return null;
    });

    @Test
    void addressPastItsUnauthorizedAllowanceGetsTooManyRequestsWithoutAKeyLookup() throws Exception {
        call("203.0.113.7", "/api/v1/rulebook", lookup);
        call("203.0.113.7", "/api/v1/rulebook", lookup);

        call("203.0.113.7", "/api/v1/rulebook", lookup);

        verify(lookup, times(2)).doFilter(any(), any());
        verify(problems)
                .tooManyRequests(
                        any(),
                        any(),
                        argThat(problem -> Long.parseLong(problem.getHeaders().getFirst("Retry-After")) >= 1));
    }

    @Test
    void aKeyRememberedAsActiveGoesOnFromAnAddressPastItsAllowance() throws Exception {
        call("203.0.113.11", "/api/v1/rulebook", lookup);
        call("203.0.113.11", "/api/v1/rulebook", lookup);
        FilterChain accepted = mock(FilterChain.class);

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/rulebook");
        request.setRemoteAddr("203.0.113.11");
        request.addHeader("X-API-Key", "remembered-valid-key");
        throttle.doFilter(request, new MockHttpServletResponse(), accepted);
        call("203.0.113.11", "/api/v1/rulebook", lookup);

        verify(accepted).doFilter(any(), any());
        verify(lookup, times(2)).doFilter(any(), any());
        verify(problems).tooManyRequests(any(), any(), any());
    }

    @Test
    void otherAddressesAndPublicPathsGoOn() throws Exception {
        call("203.0.113.8", "/api/v1/rulebook", lookup);
        call("203.0.113.8", "/api/v1/rulebook", lookup);

        call("203.0.113.9", "/api/v1/rulebook", lookup);
        call("203.0.113.8", "/actuator/health", lookup);

        verify(lookup, times(4)).doFilter(any(), any());
        verify(problems, times(0)).tooManyRequests(any(), any(), any());
    }

    @Test
    void authenticatedRequestsCostTheAddressNothing() throws Exception {
        FilterChain accepted = mock(FilterChain.class);
        for (int i = 0; i < 5; i++) {
            call("203.0.113.10", "/api/v1/rulebook", accepted);
        }

        verify(accepted, times(5)).doFilter(any(), any());
    }

    private void call(String address, String path, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, chain);
        assertThat(response.getStatus()).isIn(200, 401);
    }
}
