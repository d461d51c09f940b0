package org.collabscreen.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.servlet.HandlerExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ApiKeyAuthenticationProviderTests {

    private final ApiKeyCache keys = mock(ApiKeyCache.class);
    private final ApiKeyAuthenticationProvider provider = new ApiKeyAuthenticationProvider(keys);

    @Test
    void activeKeyAuthenticatesAsItsNameAndClientWithItsRolesAndWithoutCredentials() {
        when(keys.authenticate("cs_live_k"))
                .thenReturn(Optional.of(new ApiKeyPrincipal(
                        UUID.randomUUID(), "grant portal pipeline", "uni-madrid", Set.of(Role.SCREENER))));

        Authentication authentication = provider.authenticate(new PresentedApiKey("cs_live_k"));

        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getName()).isEqualTo("grant portal pipeline (uni-madrid)");
        assertThat(authentication.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_SCREENER");
        assertThat(authentication.getCredentials()).isNull();
        assertThat(authentication.toString()).doesNotContain("cs_live_k");
    }

    @Test
    void unknownOrRevokedKeyIsBadCredentials() {
        when(keys.authenticate("cs_live_k")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> provider.authenticate(new PresentedApiKey("cs_live_k")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void unreachableDatabaseIsAnAuthenticationServiceFailureThatMvcAnswersAs503() {
        DataAccessResourceFailureException down = new DataAccessResourceFailureException("down");
        when(keys.authenticate("cs_live_k")).thenThrow(down);
        HandlerExceptionResolver resolver = mock(HandlerExceptionResolver.class);
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThatThrownBy(() -> provider.authenticate(new PresentedApiKey("cs_live_k")))
                .isInstanceOf(AuthenticationServiceException.class)
                .hasCause(down)
                .satisfies(e -> new SecurityProblems(resolver)
                        .onAuthenticationFailure(request, response, (AuthenticationServiceException) e));
        verify(resolver).resolveException(same(request), same(response), isNull(), same(down));
    }

    @Test
    void presentedKeyNeverShowsInItsText() {
        assertThat(new PresentedApiKey("cs_live_secret").toString()).doesNotContain("cs_live_secret");
        assertThat(new ApiKeySecret("cs_live_secret").toString()).doesNotContain("cs_live_secret");
    }
}
