package org.collabscreen.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz campaign generated from the live OpenAPI document against the application on loopback, with a database of
 * its own (it creates and deletes rules): every operation, boundary and invalid values, hostile Unicode, oversized and
 * malformed bodies, wrong content types. Expects no 5xx and every 4xx as problem+json. CI sends
 * {@code fuzz.requests} (default 3,000); the long run is
 * {@code ./mvnw -B -ntp test -Dcodegen.skip=true -Dtest=FuzzCampaignTests -Dfuzz.requests=100000}. A fresh seed each
 * run, printed; replay one with {@code -Dfuzz.seed=…}.
 */
class FuzzCampaignTests {

    private static final int THREADS = 4;
    private static final int UNSWALLOWED_BODY = 3 * 1024 * 1024;

    @Test
    void noGeneratedRequestGetsA5xxAndEvery4xxIsProblemJson() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", 3_000);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(CollabScreenApplication.class)
                .profiles("test")
                .properties("server.port=0", "logging.level.org.collabscreen.web.ProblemHandler=WARN")
                .run(TestDatabases.asArguments(TestDatabases.fresh()))) {
            String base = "http://127.0.0.1:" + application.getEnvironment().getRequiredProperty("local.server.port");
            String key = application.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key");
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            JsonNode document = JsonMapper.builder()
                    .build()
                    .readTree(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body());
            Figures figures = run(new OpenApiFuzzer(document, seed), http, base, key, requests);
            System.out.printf(
                    "fuzz: seed=%d operations=%d requests=%d 2xx=%d 4xx=%d 5xx=%d 4xx-not-problem-json=%d"
                            + " transport-errors=%d closed-after-413=%d elapsed=%.1fs statuses=%s%n",
                    seed,
                    new OpenApiFuzzer(document, seed).operations().size(),
                    figures.sent.sum(),
                    figures.byClass(2),
                    figures.byClass(4),
                    figures.byClass(5),
                    figures.notProblem.sum(),
                    figures.transportErrors.sum(),
                    figures.closedAfter413.sum(),
                    figures.seconds,
                    new TreeMap<>(figures.statuses));
            assertThat(figures.failures)
                    .as("seed " + seed + ": 5xx or 4xx without problem+json")
                    .isEmpty();
            assertThat(figures.sent.sum()).isEqualTo(requests);
        }
    }

    private static Figures run(OpenApiFuzzer fuzzer, HttpClient http, String base, String key, int requests)
            throws InterruptedException {
        Figures figures = new Figures();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        for (int t = 0; t < THREADS; t++) {
            threads.execute(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    send(fuzzer.request(i), i, http, base, key, figures);
                    if ((i + 1) % 10_000 == 0) {
                        System.out.printf(
                                "fuzz: progress %d sent, 5xx=%d, 4xx-not-problem-json=%d, transport-errors=%d%n",
                                figures.sent.sum(),
                                figures.byClass(5),
                                figures.notProblem.sum(),
                                figures.transportErrors.sum());
                    }
                }
            });
        }
        threads.shutdown();
        threads.awaitTermination(6, TimeUnit.HOURS);
        figures.seconds = (System.nanoTime() - started) / 1e9;
        return figures;
    }

    private static void send(
            OpenApiFuzzer.FuzzRequest request, int n, HttpClient http, String base, String key, Figures figures) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            request.method(),
                            request.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            if (n % 20 != 7) {
                builder.header("X-API-Key", n % 50 == 3 ? "cs_live_not-a-key" : key);
            }
            if (request.contentType() != null && !request.contentType().isEmpty()) {
                builder.header("Content-Type", request.contentType());
            }
            request.headers().forEach(builder::header);
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            figures.record(request, response);
        } catch (IllegalArgumentException unsendable) {
            figures.record(request, null); // a URI or header java.net.http refuses to send: counted, not sent as such
        } catch (Exception e) {
            if (request.body() != null && request.body().length > UNSWALLOWED_BODY) {
                // Past the 1 MB limit plus Tomcat's 2 MB swallow size the server answers 413 and closes the
                // connection; a client still sending sees the close, not the answer.
                figures.closedAfter413.increment();
                figures.sent.increment();
                return;
            }
            figures.transportErrors.increment();
            figures.failures.add("transport error " + e + " for " + request.describe());
            figures.sent.increment();
        }
    }

    private static final class Figures {
        final LongAdder sent = new LongAdder();
        final LongAdder notProblem = new LongAdder();
        final LongAdder transportErrors = new LongAdder();
        final LongAdder closedAfter413 = new LongAdder();
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        double seconds;

        void record(OpenApiFuzzer.FuzzRequest request, HttpResponse<String> response) {
            sent.increment();
            int status = response == null ? 0 : response.statusCode();
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (status >= 500 && failures.size() < 50) {
                failures.add(status + " " + response.body() + " for " + request.describe());
            }
            if (status >= 400 && status < 500) {
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("application/problem+json")) {
                    notProblem.increment();
                    if (failures.size() < 50) {
                        failures.add(status + " as '" + type + "' for " + request.describe());
                    }
                }
            }
        }

        long byClass(int hundreds) {
            return statuses.entrySet().stream()
                    .filter(e -> e.getKey() / 100 == hundreds)
                    .mapToLong(e -> e.getValue().sum())
                    .sum();
        }
    }
}
