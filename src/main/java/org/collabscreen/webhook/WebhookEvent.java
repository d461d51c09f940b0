package org.collabscreen.webhook;

/** The events a webhook can subscribe to. */
enum WebhookEvent {
    SCREENING_RISK_CHANGED,
    /** A later screening raised the risk of a decided case (or of one awaiting its second approval). */
    CASE_REOPENED,
    /** A case was decided: its decision needed no second approval, or got it. */
    CASE_DECIDED
}
