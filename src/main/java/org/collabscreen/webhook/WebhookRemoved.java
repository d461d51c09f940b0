package org.collabscreen.webhook;

import java.util.UUID;

/** A webhook was removed with its pending deliveries; published within the removing transaction. */
public record WebhookRemoved(UUID webhookId, String url, String client) {}
