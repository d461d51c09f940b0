package org.collabscreen.security;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * The caller behind an API key. Its name, e.g. {@code ci-pipeline (uni-madrid)}, is what
 * {@code HttpServletRequest.getUserPrincipal().getName()} returns: the key's name and client, never the key.
 */
record ApiKeyPrincipal(UUID keyId, String keyName, String client, Set<Role> roles) implements Principal {

    @Override
    public String getName() {
        return keyName + " (" + client + ")";
    }

    Viewer viewer() {
        return new Viewer(client, roles.contains(Role.AUDITOR) || roles.contains(Role.ADMIN));
    }
}
