package org.collabscreen.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.collabscreen.web.InvalidFieldException;

/**
 * Where a webhook may point: https (http only when the operator allows it) to hosts whose every address is public
 * (loopback only when the operator allows it). Checked when a webhook is registered and again at each delivery, where
 * the addresses checked are the ones connected to, so a DNS answer that changes in between cannot redirect it.
 */
class WebhookTargets {

    /** A delivery target refused by the rules; its message is safe to show in the delivery log. */
    static final class RefusedTarget extends UnknownHostException {
        RefusedTarget(String message) {
            super(message);
        }
    }

    private final HostResolver resolver;
    private final boolean allowHttp;
    private final boolean allowLoopback;

    WebhookTargets(HostResolver resolver, boolean allowHttp, boolean allowLoopback) {
        this.resolver = resolver;
        this.allowHttp = allowHttp;
        this.allowLoopback = allowLoopback;
    }

    /**
     * Refuses, as a 400 naming {@code url}, a URL whose scheme is not allowed or whose host is, or resolves to, an
     * address that is not. A host that does not resolve now is accepted: it is checked again at each delivery.
     */
    void checkRegistration(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") && !allowHttp) {
            throw new InvalidFieldException("url", "must be an https URL (this server does not allow http webhooks)");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host(url));
        } catch (UnknownHostException unresolved) {
            return;
        }
        if (addresses.stream().anyMatch(address -> !allowed(address))) {
            throw new InvalidFieldException(
                    "url", "must point to a public address (not loopback, private, link-local or metadata)");
        }
    }

    /** The addresses to connect to for a delivery: every one the host resolves to, all of them allowed. */
    InetAddress[] resolveForDelivery(String host) throws UnknownHostException {
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty() || addresses.stream().anyMatch(address -> !allowed(address))) {
            throw new RefusedTarget("target address not allowed");
        }
        return addresses.toArray(InetAddress[]::new);
    }

    private boolean allowed(InetAddress address) {
        return AddressRules.isPublic(address) || allowLoopback && AddressRules.isLoopback(address);
    }

    /** The host without the brackets of an IPv6 literal. */
    static String host(URI url) {
        String host = url.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
