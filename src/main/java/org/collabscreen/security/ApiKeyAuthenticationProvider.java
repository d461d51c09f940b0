package org.collabscreen.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** Checks a presented key against the stored hashes, through the cache of recent checks ({@link ApiKeyCache}). */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeyCache keys;

    ApiKeyAuthenticationProvider(ApiKeyCache keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String presented = ((PresentedApiKey) authentication).getCredentials();
        try {
            return keys.authenticate(presented)
                    .map(ApiKeyAuthentication::new)
                    .orElseThrow(() -> new BadCredentialsException("Unknown or revoked API key"));
        } catch (DataAccessException | TransactionException e) {
            throw new AuthenticationServiceException("The API key could not be checked", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedApiKey.class.isAssignableFrom(authentication);
    }
}
