package org.collabscreen.security;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The viewer scope of the current request's API key. */
@Component
public class Viewers {

    /** The current caller's scope; fails if no API key authenticated the request, which the access rules prevent. */
    public Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
            return principal.viewer();
        }
        throw new IllegalStateException("No API key authenticated this request");
    }

    /** The id of the current request's API key: which key acted, for rules such as "a different key approves". */
    public UUID currentKeyId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
            return principal.keyId();
        }
        throw new IllegalStateException("No API key authenticated this request");
    }
}
