package org.collabscreen.audit;

import org.collabscreen.security.ApiKeyCreated;
import org.collabscreen.security.ApiKeyRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audits API-key changes in the transaction that publishes them, so a key change and its audit event commit together. */
@Component
class KeyEventsAudit {

    private final AuditTrail audit;

    KeyEventsAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ApiKeyCreated created) {
        audit.record(new AuditEntry("API_KEY_CREATED", "API_KEY", created.keyId().toString(), null, created));
    }

    @EventListener
    void on(ApiKeyRevoked revoked) {
        audit.record(new AuditEntry("API_KEY_REVOKED", "API_KEY", revoked.keyId().toString(), null, revoked));
    }
}
