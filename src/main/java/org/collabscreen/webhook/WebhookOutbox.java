package org.collabscreen.webhook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.collabscreen.casework.CaseEvents;
import org.collabscreen.proposal.ProposalRiskChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one pending delivery per subscribed webhook of the proposal's client (and per webhook of every client) in the
 * transaction that changed the risk (the outbox pattern):
 * the event is stored exactly when the screening is, and the worker sends it later, across restarts.
 */
@Component
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WebhookOutbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The body every subscriber receives; {@code data} is the event of its type. */
    record Payload(UUID id, WebhookEvent type, Instant occurredAt, Object data) {}

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProposalRiskChanged event) {
        enqueue(WebhookEvent.SCREENING_RISK_CHANGED, event.client(), event.occurredAt(), event);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseEvents.CaseDecided event) {
        enqueue(WebhookEvent.CASE_DECIDED, event.client(), event.occurredAt(), event);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseEvents.CaseReopened event) {
        enqueue(WebhookEvent.CASE_REOPENED, event.client(), event.occurredAt(), event);
    }

    private void enqueue(WebhookEvent type, String client, Instant occurredAt, Object event) {
        UUID eventId = UUID.randomUUID();
        String payload = json.writeValueAsString(new Payload(eventId, type, occurredAt, event));
        jdbc.sql("""
                        insert into webhook_delivery (id, subscription_id, event_id, event_type, payload, status, attempts,
                                                      created_at, next_attempt_at)
                        select gen_random_uuid(), s.id, :eventId, :type, :payload, 'PENDING', 0, :now, :now
                        from webhook_subscription s
                        where :type = any (s.events) and (s.all_clients or s.client = :client)""")
                .param("eventId", eventId)
                .param("type", type.name())
                .param("payload", payload)
                .param("client", client)
                .param("now", occurredAt.atOffset(ZoneOffset.UTC))
                .update();
    }
}
