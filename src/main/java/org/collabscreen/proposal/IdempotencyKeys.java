package org.collabscreen.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a write at most once per {@code Idempotency-Key}. The key is claimed by an insert in the same transaction as
 * the write, so PostgreSQL's primary key, not a JVM lock, makes a concurrent duplicate wait and then replay.
 */
@Component
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,255}");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final IdempotencyProperties properties;
    private final Clock clock = Clock.systemUTC();

    IdempotencyKeys(
            JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.properties = properties;
    }

    /** The response of a write, and whether it is a replay of an earlier one. */
    record Outcome<T>(T response, boolean replayed) {}

    /** Fails with 400 naming the header unless the key is 1 to 255 letters, digits or {@code . _ : -}. */
    private static String validated(String key) {
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidFieldException(
                    HEADER, "must be 1 to 255 characters, each a letter, digit, '.', '_', ':' or '-'");
        }
        return key;
    }

    /** The fingerprint of a request already read into an object: its JSON form, so spacing and key order do not count. */
    String fingerprintOf(String operation, Object request) {
        return fingerprint(operation, json.writeValueAsString(request));
    }

    /** SHA-256 of the parts: what makes two requests with one key "the same request". */
    static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Without a key just runs the write (and never computes the fingerprint). With one, runs it and keeps its
     * response, or replays the response kept for this client's key and request; 422 if the key came with another
     * request. Each client has its own keys.
     */
    <T> Outcome<T> execute(
            String client, String key, Supplier<String> fingerprintOfRequest, Class<T> type, Supplier<T> write) {
        return execute(
                client,
                key,
                fingerprintOfRequest,
                write,
                json::writeValueAsString,
                stored -> json.readValue(stored, type));
    }

    /** As above, for a response that writes its own JSON ({@code kept}) and is read back by {@code replayed}. */
    <T> Outcome<T> execute(
            String client,
            String key,
            Supplier<String> fingerprintOfRequest,
            Supplier<T> write,
            Function<T, String> kept,
            Function<String, T> replayed) {
        if (key == null) {
            return new Outcome<>(write.get(), false);
        }
        validated(key);
        String fingerprint = fingerprintOfRequest.get();
        return transactions.execute(status -> {
            Instant now = clock.instant();
            if (claim(client, key, fingerprint, now) == 1) {
                T response = write.get();
                jdbc.sql(
                                "update idempotency_key set response = :response where client = :client and idempotency_key = :key")
                        .param("response", kept.apply(response))
                        .param("client", client)
                        .param("key", key)
                        .update();
                return new Outcome<>(response, false);
            }
            Stored stored = jdbc.sql(
                            "select fingerprint, response from idempotency_key where client = :client and idempotency_key = :key")
                    .param("client", client)
                    .param("key", key)
                    .query(Stored.class)
                    .single();
            if (!stored.fingerprint().equals(fingerprint)) {
                throw new ErrorResponseException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        Problems.of(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                "idempotency-key-reused",
                                "Idempotency key reused",
                                "This Idempotency-Key was used with a different request within the last "
                                        + properties.retention().toHours()
                                        + " hours; use a new key for a new request."),
                        null);
            }
            return new Outcome<>(replayed.apply(stored.response()), true);
        });
    }

    /** 1 if this request now owns the key (new, or its earlier use has expired); 0 if a live use exists. Waits for a concurrent claimer to finish. */
    private int claim(String client, String key, String fingerprint, Instant now) {
        return jdbc.sql("""
                        insert into idempotency_key (client, idempotency_key, fingerprint, created_at)
                          values (:client, :key, :fingerprint, :now)
                        on conflict (client, idempotency_key) do update
                          set fingerprint = excluded.fingerprint, created_at = excluded.created_at, response = ''
                          where idempotency_key.created_at < :expiredBefore""")
                .param("client", client)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("expiredBefore", now.minus(properties.retention()).atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Hourly, on one instance of the cluster at a time (ShedLock). */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    @SchedulerLock(name = "idempotency-key-cleanup", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    void deleteExpired() {
        jdbc.sql("delete from idempotency_key where created_at < :expiredBefore")
                .param(
                        "expiredBefore",
                        clock.instant().minus(properties.retention()).atOffset(ZoneOffset.UTC))
                .update();
    }

    private record Stored(String fingerprint, String response) {}
}
