package org.collabscreen.security;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting: the authenticated principal of the current request, "anonymous" for a request without one, and
 * "system" for background work outside any request. The one place that decides the actor of audit events and
 * rulebook revisions.
 */
@Component
public class CurrentActor {

    public static final String ANONYMOUS = "anonymous";
    public static final String SYSTEM = "system";

    public String name() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        Principal principal = request.getUserPrincipal();
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }
}
