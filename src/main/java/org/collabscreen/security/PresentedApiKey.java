package org.collabscreen.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** The raw {@code X-API-Key} header of a request, before it is checked. Its text never shows in logs. */
final class PresentedApiKey extends AbstractAuthenticationToken {

    private final String key;

    PresentedApiKey(String key) {
        super(List.of());
        this.key = key;
    }

    @Override
    public String getCredentials() {
        return key;
    }

    @Override
    public Object getPrincipal() {
        return "X-API-Key";
    }

    @Override
    public String toString() {
        return "PresentedApiKey [PROTECTED]";
    }
}
