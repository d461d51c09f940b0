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

import org.collabscreen.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, lists and removes webhooks, and reads their delivery log. */
@Service
class WebhookSubscriptions {

    private static final String COLUMNS = "id, url, events, created_at";
    private static final String DELIVERY_COLUMNS = """
            id, event_id, event_type, status, attempts, created_at, last_attempt_at, last_status_code, last_error,
            next_attempt_at, delivered_at""";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    WebhookSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the webhook with a new random signing secret, returned here and never again. */
    @Transactional
    WebhookResponse register(WebhookRequest request) {
        URI url = request.validatedUrl();
        List<WebhookEvent> events =
                request.events().stream().distinct().sorted().toList();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("insert into webhook_subscription (id, url, events, secret, created_at) values (?, ?, ?, ?, ?)")
                .params(
                        id,
                        url.toString(),
                        events.stream().map(Enum::name).toArray(String[]::new),
                        secret,
                        createdAt.atOffset(ZoneOffset.UTC))
                .update();
        return new WebhookResponse(id, url, events, createdAt, secret);
    }

    @Transactional(readOnly = true)
    List<WebhookResponse> list() {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription order by created_at, id")
                .query(WebhookSubscriptions::webhook)
                .list();
    }

    @Transactional(readOnly = true)
    WebhookResponse get(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_subscription where id = ?")
                .param(id)
                .query(WebhookSubscriptions::webhook)
                .optional()
                .orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    /** Removes the webhook, its pending deliveries and its log. */
    @Transactional
    void delete(UUID id) {
        if (jdbc.sql("delete from webhook_subscription where id = ?").param(id).update() == 0) {
            throw new NotFoundException("Webhook", id);
        }
    }

    /** The newest deliveries first, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<DeliveryResponse> deliveries(UUID id, int limit) {
        get(id);
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
                null);
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
