package org.collabscreen.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A webhook was registered; published within the registering transaction. The URL is given without its query, which
 * may carry a token of the receiver's.
 */
public record WebhookRegistered(UUID webhookId, String url, List<String> events, String client, boolean allClients) {

    static String withoutQuery(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
    }
}
