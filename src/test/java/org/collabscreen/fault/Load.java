package org.collabscreen.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Clients posting proposals to an application on loopback until stopped, keeping every answer. */
final class Load implements AutoCloseable {

    /** One answer: when the request was sent and answered (nanoTime), its status (0: no answer) and headers. */
    record Answer(long sentAt, long answeredAt, int status, String contentType, String retryAfter, String body) {}

    private static final String PROPOSAL = """
            {"institution": "Universidad de Sevilla", "country": "ES", "technologyArea": "semiconductor lithography",
             "reference": "%s"}""";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService clients;

    Load(String baseUrl, String apiKey, int clients) {
        this.clients = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            this.clients.execute(() -> {
                while (running.get()) {
                    answers.add(post(baseUrl, apiKey));
                }
            });
        }
    }

    List<Answer> answers() {
        return answers;
    }

    private Answer post(String baseUrl, String apiKey) {
        long sentAt = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/proposals"))
                            .timeout(Duration.ofSeconds(30))
                            .header("X-API-Key", apiKey)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(PROPOSAL.formatted("LOAD-" + UUID.randomUUID())))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    sentAt,
                    System.nanoTime(),
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (Exception e) {
            sleepBriefly();
            return new Answer(sentAt, System.nanoTime(), 0, "", null, e.toString());
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20); // no answer at all (the application is down): do not spin
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
    }
}
