package org.collabscreen.security;

import java.security.Principal;
import java.util.function.Supplier;

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

    private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

    public String name() {
        String actingFor = ACTING_FOR.get();
        if (actingFor != null) {
            return actingFor;
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return SYSTEM;
        }
        HttpServletRequest request = attributes.getRequest();
        Principal principal = request.getUserPrincipal();
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }

    /**
     * Runs work on another thread as the actor named, for work a request hands to a background thread and waits for:
     * what it records is the request's actor's, not "system".
     */
    public <T> T actingFor(String name, Supplier<T> work) {
        String previous = ACTING_FOR.get();
        ACTING_FOR.set(name);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING_FOR.remove();
            } else {
                ACTING_FOR.set(previous);
            }
        }
    }
}
