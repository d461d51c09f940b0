package org.collabscreen.casework;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import static org.awaitility.Awaitility.await;

/** A webhook endpoint on loopback that keeps every body it receives and answers 204. */
final class HookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    HookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                bodies.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The first body that contains every one of the texts; fails after 20 s. */
    String awaitBodyWith(String... texts) {
        return await("a webhook body with " + String.join(", ", texts))
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> bodies.stream()
                                .filter(body -> List.of(texts).stream().allMatch(body::contains))
                                .findFirst()
                                .orElse(null),
                        body -> body != null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
