package org.collabscreen.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running application as one caller sees it: Boot's {@link RestTestClient} with that caller's API key as a
 * default header. The shortcuts below cover the common requests; anything else goes through {@link #client()} and
 * {@link #exchange}.
 */
public final class Api {

    public static final String API_KEY_HEADER = "X-API-Key";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestTestClient client;

    public Api(RestTestClient client) {
        this.client = client;
    }

    /** Another application instance, for tests that start their own: its port and the key to call it with. */
    public static Api onPort(int port, String key) {
        return new Api(RestTestClient.bindToServer(requestFactory())
                        .baseUrl("http://localhost:" + port)
                        .build())
                .withKey(key);
    }

    /**
     * The JDK's HTTP client, which neither follows redirects nor retries: with Apache HttpClient 5 on the class path
     * (the webhook sender's) Spring would pick that one, which follows a 302 and waits out a 429's Retry-After before
     * sending again, hiding the very answers the tests check.
     */
    static ClientHttpRequestFactory requestFactory() {
        return new JdkClientHttpRequestFactory();
    }

    /** The same application called with another API key. */
    public Api withKey(String otherKey) {
        return new Api(client.mutate()
                .defaultHeaders(headers -> headers.set(API_KEY_HEADER, otherKey))
                .build());
    }

    /** The same application called without any API key. */
    public Api withoutKey() {
        return new Api(client.mutate()
                .defaultHeaders(headers -> headers.remove(API_KEY_HEADER))
                .build());
    }

    /** The client carrying this caller's key, for requests the shortcuts do not cover. */
    public RestTestClient client() {
        return client;
    }

    public Response get(String path) {
        return exchange(client.get().uri(uri(path)));
    }

    public Response post(String path, String body) {
        return post(path, body, MediaType.APPLICATION_JSON_VALUE);
    }

    /** Posts the text as UTF-8 with the given content type. */
    public Response post(String path, String body, String contentType) {
        return exchange(client.post()
                .uri(uri(path))
                .contentType(MediaType.parseMediaType(contentType))
                .body(body.getBytes(StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return exchange(client.delete().uri(uri(path)));
    }

    /** Sends a request with a method and an optional JSON body, as a matrix of calls needs. */
    public Response send(HttpMethod method, String path, String jsonBody) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(uri(path));
        return exchange(
                jsonBody == null
                        ? request
                        : request.contentType(MediaType.APPLICATION_JSON)
                                .body(jsonBody.getBytes(StandardCharsets.UTF_8)));
    }

    /** Creates an API key of the client with the roles, calling as this Api's caller (normally ADMIN); its value. */
    public String createKey(String client, String... roles) {
        Response created = post(
                "/api/v1/api-keys",
                "{\"name\": \"test key\", \"client\": \"" + client + "\", \"roles\": [\"" + String.join("\", \"", roles)
                        + "\"]}");
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create an API key: " + created);
        }
        return created.body().get("key").asString();
    }

    /** The path as it is written, already encoded (a {@code %2F} stays one), relative to the server. */
    private static URI uri(String path) {
        return URI.create(path);
    }

    /** Sends a request built on {@link #client()} and keeps its whole exchange. */
    public static Response exchange(RestTestClient.RequestHeadersSpec<?> request) {
        return new Response(request.exchange().returnResult());
    }

    /** A finished exchange; its body parsed as JSON where it is JSON. Prints the whole exchange for messages. */
    public static final class Response {

        private final ExchangeResult exchange;
        private final JsonNode body;

        Response(ExchangeResult exchange) {
            this.exchange = exchange;
            this.body = parse(text());
        }

        public int status() {
            return exchange.getStatus().value();
        }

        public String header(String name) {
            return exchange.getResponseHeaders().getFirst(name);
        }

        public String contentType() {
            return header("Content-Type");
        }

        /** The body as JSON, or null when there is none or it is not JSON. */
        public JsonNode body() {
            return body;
        }

        /** The body as text (UTF-8). */
        public String text() {
            byte[] content = exchange.getResponseBodyContent();
            return content == null ? "" : new String(content, StandardCharsets.UTF_8);
        }

        public ExchangeResult exchange() {
            return exchange;
        }

        @Override
        public String toString() {
            return exchange.toString();
        }

        private static JsonNode parse(String text) {
            try {
                return text.isBlank() ? null : JSON.readTree(text);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
