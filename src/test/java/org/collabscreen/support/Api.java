package org.collabscreen.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running application over real HTTP, as a client would. It sends the tests' ADMIN key (property
 * {@code collabscreen.security.admin-api-key} of the test profile) unless told to use another key or none.
 */
public final class Api {

    public static final String API_KEY_HEADER = "X-API-Key";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;
    private final String key;

    public Api(int port, String key) {
        this.port = port;
        this.key = key;
    }

    /** The same application called with another API key. */
    public Api withKey(String otherKey) {
        return new Api(port, otherKey);
    }

    /** The same application called without any API key. */
    public Api withoutKey() {
        return new Api(port, null);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response post(String path, String body) {
        return post(path, body, "application/json");
    }

    public Response post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Creates an API key of the client with the roles, calling as this Api's caller (normally ADMIN); its value. */
    public String createKey(String client, String... roles) {
        Response created = post("/api/v1/api-keys", "{\"name\": \"test key\", \"client\": \"" + client
                + "\", \"roles\": [\"" + String.join("\", \"", roles) + "\"]}");
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create an API key: " + created.raw().body());
        }
        return created.body().get("key").asString();
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** Sends the request with this Api's key, replacing any X-API-Key header it has. */
    public Response send(HttpRequest.Builder request) {
        if (key != null) {
            request.setHeader(API_KEY_HEADER, key);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response, parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A response with its body parsed as JSON where it is JSON. */
    public record Response(HttpResponse<String> raw, JsonNode body) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}
