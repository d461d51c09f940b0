package org.collabscreen.webhook;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries from the outbox, in parallel: up to {@code concurrency} at once, and at most
 * {@code perReceiver} to any one receiver (scheme, host and port), so a slow receiver holds only its own slots and
 * delays no one else. Each poll claims rows with {@code FOR UPDATE SKIP LOCKED} and pushes their next attempt past a
 * lease, so instances share the work and a crash mid-send only delays a retry. A delivery whose receiver has no free
 * slot is put back for the next poll without counting as an attempt.
 */
@Component
class WebhookDeliveryWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryWorker.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final WebhookProperties properties;
    private final WebhookSender sender;
    private final WebhookMetrics metrics;
    private final ExecutorService senders;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, Semaphore> receiverSlots = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    WebhookDeliveryWorker(JdbcClient jdbc, WebhookProperties properties, WebhookSender sender, WebhookMetrics metrics) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.sender = sender;
        this.metrics = metrics;
        CustomizableThreadFactory threads = new CustomizableThreadFactory("webhook-sender-");
        threads.setDaemon(true);
        this.senders = Executors.newFixedThreadPool(properties.concurrency(), threads);
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

    /** Starts sending what is due now, as far as free senders allow; returns how many deliveries it started. */
    int deliverDue() {
        int free = properties.concurrency() - inFlight.get();
        if (free <= 0) {
            return 0;
        }
        List<Due> due;
        try {
            due = claim(Math.min(free, properties.claimSize()));
        } catch (RuntimeException e) {
            log.warn("Cannot read due webhook deliveries: {}", e.toString());
            return 0;
        }
        int started = 0;
        for (Due delivery : due) {
            Semaphore slots = receiverSlots.computeIfAbsent(
                    receiver(delivery.url()), receiver -> new Semaphore(properties.perReceiver()));
            if (!slots.tryAcquire()) {
                putBack(delivery);
                continue;
            }
            inFlight.incrementAndGet();
            started++;
            senders.execute(() -> {
                try {
                    attempt(delivery);
                } finally {
                    slots.release();
                    inFlight.decrementAndGet();
                }
            });
        }
        return started;
    }

    /** Whether a delivery is being sent right now (for an orderly stop and for tests). */
    int sending() {
        return inFlight.get();
    }

    private List<Due> claim(int limit) {
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
                .param("limit", limit)
                .query(WebhookDeliveryWorker::due)
                .list();
    }

    /** Long enough for a delivery to wait for its receiver's slot and be sent before another instance may try it. */
    private Duration lease() {
        return properties.timeout().multipliedBy(4);
    }

    private void putBack(Due delivery) {
        try {
            jdbc.sql("update webhook_delivery set next_attempt_at = :next where id = :id and status = 'PENDING'")
                    .param(
                            "next",
                            clock.instant().plus(properties.pollInterval()).atOffset(ZoneOffset.UTC))
                    .param("id", delivery.id())
                    .update();
        } catch (RuntimeException e) {
            log.warn("Cannot put back webhook delivery {}; it waits for its lease: {}", delivery.id(), e.toString());
        }
    }

    private static String receiver(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private void attempt(Due delivery) {
        long timestamp = clock.instant().getEpochSecond();
        WebhookSender.Outcome outcome = sender.send(
                URI.create(delivery.url()),
                delivery.eventType(),
                delivery.id().toString(),
                timestamp,
                WebhookSigner.signature(delivery.secret(), timestamp, delivery.payload()),
                delivery.payload());
        record(delivery, outcome.statusCode(), outcome.error());
    }

    @Override
    public void destroy() throws Exception {
        senders.shutdown();
        if (!senders.awaitTermination(properties.timeout().toMillis() * 2, TimeUnit.MILLISECONDS)) {
            senders.shutdownNow();
        }
        sender.close();
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
            metrics.attempted(status);
        } catch (RuntimeException e) {
            log.warn(
                    "Cannot record webhook delivery {}; it will be retried after its lease: {}",
                    delivery.id(),
                    e.toString());
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
