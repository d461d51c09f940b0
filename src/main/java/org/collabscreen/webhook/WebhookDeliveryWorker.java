package org.collabscreen.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries from the outbox. Each poll claims rows with {@code FOR UPDATE SKIP LOCKED} and pushes their
 * next attempt past a lease, so instances share the work and a crash mid-send only delays a retry.
 */
@Component
class WebhookDeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryWorker.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final WebhookProperties properties;
    private final HttpClient http;
    private final Clock clock = Clock.systemUTC();

    WebhookDeliveryWorker(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private record Due(
            UUID id,
            UUID eventId,
            String eventType,
            String payload,
            int attempts,
            Instant createdAt,
            String url,
            String secret) {}

    /** Sends what is due now; returns how many deliveries it attempted. */
    int deliverDue() {
        List<Due> due;
        try {
            due = claim();
        } catch (DataAccessException e) {
            log.warn("Cannot read due webhook deliveries: {}", e.getMessage());
            return 0;
        }
        due.forEach(this::attempt);
        return due.size();
    }

    private List<Due> claim() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update webhook_delivery d set next_attempt_at = :leaseUntil
                        from webhook_subscription s
                        where s.id = d.subscription_id and d.id in (
                          select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= :now
                          order by next_attempt_at limit :limit for update skip locked)
                        returning d.id, d.event_id, d.event_type, d.payload, d.attempts, d.created_at, s.url, s.secret""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("leaseUntil", now.plus(lease()).atOffset(ZoneOffset.UTC))
                .param("limit", properties.claimSize())
                .query(WebhookDeliveryWorker::due)
                .list();
    }

    /** Long enough to try every claimed delivery one after another, each up to the timeout, before another instance may. */
    private Duration lease() {
        return properties.timeout().multipliedBy(properties.claimSize() + 1L);
    }

    private void attempt(Due delivery) {
        long timestamp = clock.instant().getEpochSecond();
        Integer statusCode = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "CollabScreen-Webhooks/1")
                    .header("X-CollabScreen-Event", delivery.eventType())
                    .header("X-CollabScreen-Delivery", delivery.id().toString())
                    .header(WebhookSigner.TIMESTAMP_HEADER, String.valueOf(timestamp))
                    .header(
                            WebhookSigner.SIGNATURE_HEADER,
                            WebhookSigner.signature(delivery.secret(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            CompletableFuture<HttpResponse<Void>> response =
                    http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            try {
                statusCode = response.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        .statusCode();
            } finally {
                response.cancel(true);
            }
            if (statusCode / 100 != 2) {
                error = "HTTP " + statusCode;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (ExecutionException e) {
            error = describe(e.getCause());
        } catch (Exception e) {
            error = describe(e);
        }
        record(delivery, statusCode, error);
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    private void record(Due delivery, Integer statusCode, String error) {
        Instant now = clock.instant();
        int attempts = delivery.attempts() + 1;
        String status = error == null
                ? "DELIVERED"
                : now.isAfter(delivery.createdAt().plus(properties.giveUpAfter())) ? "FAILED" : "PENDING";
        Instant next = status.equals("PENDING") ? now.plus(properties.backoffAfter(attempts)) : null;
        if (!status.equals("DELIVERED")) {
            log.info(
                    "Webhook delivery {} attempt {} failed ({}); {}",
                    delivery.id(),
                    attempts,
                    error,
                    next == null ? "giving up" : "next attempt at " + next);
        }
        try {
            jdbc.sql("""
                            update webhook_delivery set status = :status, attempts = :attempts, last_attempt_at = :now,
                              last_status_code = :statusCode, last_error = :error, next_attempt_at = :next,
                              delivered_at = :deliveredAt
                            where id = :id""")
                    .param("status", status)
                    .param("attempts", attempts)
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("statusCode", statusCode, Types.INTEGER)
                    .param("error", error == null ? null : truncate(error), Types.VARCHAR)
                    .param("next", next == null ? null : next.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
                    .param(
                            "deliveredAt",
                            error == null ? now.atOffset(ZoneOffset.UTC) : null,
                            Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("id", delivery.id())
                    .update();
        } catch (DataAccessException e) {
            log.warn(
                    "Cannot record webhook delivery {}; it will be retried after its lease: {}",
                    delivery.id(),
                    e.getMessage());
        }
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private static Due due(ResultSet row, int number) throws SQLException {
        return new Due(
                row.getObject("id", UUID.class),
                row.getObject("event_id", UUID.class),
                row.getString("event_type"),
                row.getString("payload"),
                row.getInt("attempts"),
                WebhookSubscriptions.instant(row, "created_at"),
                row.getString("url"),
                row.getString("secret"));
    }
}
