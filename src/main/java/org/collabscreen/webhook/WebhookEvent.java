package org.collabscreen.webhook;

/** The events a webhook can subscribe to. */
enum WebhookEvent {
    SCREENING_RISK_CHANGED
}
