package org.collabscreen.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.awaitility.Awaitility.await;

/** A webhook endpoint for tests: records every request and answers with the scripted status codes, then 204. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();

    WebhookReceiver(Integer... statuses) throws IOException {
        this.statuses.addAll(List.of(statuses));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return received;
    }

    /** Waits until at least {@code count} requests arrived; fails after {@code timeout}. */
    List<Received> awaitRequests(int count, Duration timeout) {
        await(count + " webhook requests")
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(50))
                .until(received::size, size -> size >= count);
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            received.add(new Received(
                    Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        Integer status;
        synchronized (statuses) {
            status = statuses.poll();
        }
        exchange.sendResponseHeaders(status == null ? 204 : status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
