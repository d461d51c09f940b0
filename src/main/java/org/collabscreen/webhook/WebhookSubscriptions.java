package org.collabscreen.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.collabscreen.security.Viewer;
import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, lists and removes webhooks, and reads their delivery log. */
@Service
class WebhookSubscriptions {

    private static final String COLUMNS = "id, url, events, created_at, client, all_clients";
    private static final String DELIVERY_COLUMNS = """
            id, event_id, event_type, status, attempts, created_at, last_attempt_at, last_status_code, last_error,
            next_attempt_at, delivered_at""";

    private final JdbcClient jdbc;
    private final WebhookTargets targets;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    WebhookSubscriptions(JdbcClient jdbc, WebhookTargets targets, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.events = events;
    }

    /**
     * Stores the webhook of the caller's client with a new random signing secret, returned here and never again. It
     * receives the events of its client's proposals; of every client's only when asked for by a caller who sees them.
     */
    @Transactional
    WebhookResponse register(WebhookRequest request, Viewer owner) {
        URI url = request.validatedUrl();
        targets.checkRegistration(url);
        boolean allClients = Boolean.TRUE.equals(request.allClients());
        if (allClients && !owner.seesEveryClient()) {
            throw new InvalidFieldException("allClients", "is allowed only for a caller who sees every client");
        }
        List<WebhookEvent> subscribed =
                request.events().stream().distinct().sorted().toList();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into webhook_subscription (id, url, events, secret, created_at, client, all_clients)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        url.toString(),
                        subscribed.stream().map(Enum::name).toArray(String[]::new),
                        secret,
                        createdAt.atOffset(ZoneOffset.UTC),
                        owner.client(),
                        allClients)
                .update();
        events.publishEvent(new WebhookRegistered(
                id,
                WebhookRegistered.withoutQuery(url),
                subscribed.stream().map(Enum::name).toList(),
                owner.client(),
                allClients));
        return new WebhookResponse(id, url, subscribed, createdAt, secret, owner.client(), allClients);
    }

    /** The webhooks the viewer may see: its own client's, or every one for a viewer who sees every client. */
    @Transactional(readOnly = true)
    List<WebhookResponse> list(Viewer viewer) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where (:every or client = :client) "
                        + "order by created_at, id")
                .param("every", viewer.seesEveryClient())
                .param("client", viewer.client())
                .query(WebhookSubscriptions::webhook)
                .list();
    }

    /** Another client's webhook is "not found" for a viewer limited to its own client. */
    @Transactional(readOnly = true)
    WebhookResponse get(UUID id, Viewer viewer) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = ?")
                .param(id)
                .query(WebhookSubscriptions::webhook)
                .optional()
                .filter(webhook -> viewer.sees(webhook.client()))
                .orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    /** Removes the webhook, its pending deliveries and its log. */
    @Transactional
    void delete(UUID id, Viewer viewer) {
        WebhookResponse webhook = get(id, viewer);
        jdbc.sql("delete from webhook_subscription where id = ?").param(id).update();
        events.publishEvent(new WebhookRemoved(id, WebhookRegistered.withoutQuery(webhook.url()), webhook.client()));
    }

    /** The newest deliveries first, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<DeliveryResponse> deliveries(UUID id, Viewer viewer, int limit) {
        get(id, viewer);
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = ? "
                        + "order by created_at desc, id limit ?")
                .params(id, limit)
                .query(WebhookSubscriptions::delivery)
                .list();
    }

    private static WebhookResponse webhook(ResultSet row, int number) throws SQLException {
        return new WebhookResponse(
                row.getObject("id", UUID.class),
                URI.create(row.getString("url")),
                events(row.getArray("events")),
                instant(row, "created_at"),
                null,
                row.getString("client"),
                row.getBoolean("all_clients"));
    }

    private static DeliveryResponse delivery(ResultSet row, int number) throws SQLException {
        return new DeliveryResponse(
                row.getObject("id", UUID.class),
                row.getObject("event_id", UUID.class),
                WebhookEvent.valueOf(row.getString("event_type")),
                row.getString("status"),
                row.getInt("attempts"),
                instant(row, "created_at"),
                instant(row, "last_attempt_at"),
                row.getObject("last_status_code", Integer.class),
                row.getString("last_error"),
                instant(row, "next_attempt_at"),
                instant(row, "delivered_at"));
    }

    private static List<WebhookEvent> events(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(WebhookEvent::valueOf)
                .toList();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
