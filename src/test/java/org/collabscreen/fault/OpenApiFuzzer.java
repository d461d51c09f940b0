package org.collabscreen.fault;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Generates requests from an OpenAPI document: for each operation, path, query and header parameters and a JSON body
 * built from its schemas, each value either valid, at a boundary, of the wrong type, or hostile; and, now and then,
 * a body that is not JSON, too large, deeply nested, or sent with the wrong content type.
 */
final class OpenApiFuzzer {

    /** One request to send. {@code body} is null for none. */
    record FuzzRequest(String method, String path, Map<String, String> headers, String contentType, byte[] body) {

        String describe() {
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
            return method + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + " " + headers + " "
                    + contentType + " " + text;
        }
    }

    /** An operation of the document. */
    record Operation(String method, String path, JsonNode operation) {}

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=latin1",
            "application/octet-stream",
            "text/csv",
            "");

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final Random random = new Random();
    private final long seed;

    OpenApiFuzzer(JsonNode document, long seed) {
        this.document = document;
        this.seed = seed;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new Operation(method.toUpperCase(), path.getKey(), operation));
                }
            }
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /**
     * The n-th request: operations in turn, so every one is exercised evenly. Generated on demand from the seed and n,
     * so a campaign of any length holds only the requests in flight.
     */
    synchronized FuzzRequest request(int n) {
        random.setSeed(seed ^ (n * 0x9E3779B97F4A7C15L));
        Operation operation = operations.get(n % operations.size());
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : operation.operation().path("parameters")) {
            JsonNode schema = resolve(parameter.path("schema"));
            String name = parameter.path("name").asString();
            switch (parameter.path("in").asString()) {
                case "path" -> path = path.replace("{" + name + "}", encode(scalar(schema)));
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.append(query.isEmpty() ? "?" : "&")
                                .append(encode(name))
                                .append('=')
                                .append(encode(scalar(schema)));
                    }
                }
                case "header" -> {
                    if (random.nextBoolean()) {
                        headers.put(name, headerValue(scalar(schema)));
                    }
                }
                default -> {}
            }
        }
        if (random.nextInt(20) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown=").append(encode(HostileValues.string(random)));
        }
        JsonNode content = operation.operation().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return new FuzzRequest(operation.method(), path + query, headers, null, null);
        }
        return withBody(operation.method(), path + query, headers, content);
    }

    private FuzzRequest withBody(String method, String path, Map<String, String> headers, JsonNode content) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return new FuzzRequest(method, path, headers, "application/json", oversized());
        }
        if (kind == 1) {
            String type = WRONG_CONTENT_TYPES.get(random.nextInt(WRONG_CONTENT_TYPES.size()));
            return new FuzzRequest(method, path, headers, type, bytes("{\"a\":1}"));
        }
        if (kind == 2) {
            return new FuzzRequest(method, path, headers, "application/json", malformed());
        }
        if (kind == 3 && content.has("text/csv")) {
            return new FuzzRequest(method, path, headers, "text/csv", bytes(csv()));
        }
        JsonNode schema = content.has("application/json")
                ? content.get("application/json").path("schema")
                : content.properties().iterator().next().getValue().path("schema");
        return new FuzzRequest(method, path, headers, "application/json", bytes(json(schema, 0)));
    }

    /** A JSON value for the schema: mostly plausible, sometimes wrong or hostile, so validation is reached. */
    private String json(JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        int roll = random.nextInt(12);
        if (roll == 0) {
            return "null";
        }
        if (roll == 1) {
            return wrongType(schema);
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                StringBuilder out = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<String, JsonNode> property :
                        schema.path("properties").properties()) {
                    if (random.nextInt(8) == 0) {
                        continue;
                    }
                    out.append(first ? "" : ",")
                            .append(HostileValues.quoted(property.getKey()))
                            .append(':')
                            .append(depth > 4 ? "null" : json(property.getValue(), depth + 1));
                    first = false;
                }
                if (random.nextInt(15) == 0) {
                    out.append(first ? "" : ",")
                            .append("\"unexpected\":")
                            .append(HostileValues.quoted(HostileValues.string(random)));
                }
                return out.append('}').toString();
            }
            case "array" -> {
                int size = random.nextInt(10) == 0 ? 200 + random.nextInt(1200) : random.nextInt(4);
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < size; i++) {
                    out.append(i == 0 ? "" : ",").append(depth > 4 ? "1" : json(schema.path("items"), depth + 1));
                }
                return out.append(']').toString();
            }
            case "integer", "number" -> {
                return random.nextBoolean() ? HostileValues.number(random) : String.valueOf(random.nextInt(200) - 50);
            }
            case "boolean" -> {
                return random.nextBoolean() ? "true" : "\"yes\"";
            }
            default -> {
                return HostileValues.quoted(scalar(schema));
            }
        }
    }

    /** A scalar for a parameter or a string property: valid where the schema says how, else boundary or hostile. */
    private String scalar(JsonNode schema) {
        int roll = random.nextInt(4);
        if (schema.has("enum") && roll < 2) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        String type = type(schema);
        String format = schema.path("format").asString("");
        if (roll == 0 && format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (roll == 0 && format.equals("date-time")) {
            return random.nextBoolean() ? "2026-11-30T00:00:00Z" : "0000-01-01T00:00:00Z";
        }
        if (roll < 2 && (type.equals("integer") || type.equals("number"))) {
            return HostileValues.number(random);
        }
        if (roll == 1 && schema.has("example")) {
            return schema.get("example").asString();
        }
        if (roll == 1 && schema.path("pattern").asString("").contains("A-Z]{2}")) {
            return random.nextBoolean() ? "CN" : "ZZ";
        }
        return HostileValues.string(random);
    }

    private String wrongType(JsonNode schema) {
        return switch (type(schema)) {
            case "object" -> "[]";
            case "array" -> "{}";
            case "string" -> random.nextBoolean() ? "12" : "{\"nested\":true}";
            default -> HostileValues.quoted(HostileValues.string(random));
        };
    }

    private byte[] oversized() {
        StringBuilder out = new StringBuilder("{\"institution\":\"");
        out.append("z".repeat(2_000_000 + random.nextInt(2_000_000)));
        return bytes(out.append("\"}").toString());
    }

    private byte[] malformed() {
        return switch (random.nextInt(7)) {
            case 0 -> bytes("{");
            case 1 -> bytes("[".repeat(5_000) + "]".repeat(5_000));
            case 2 -> bytes("{\"a\":1,\"a\":2}");
            case 3 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
            case 4 -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            case 5 -> bytes("{\"researchers\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}");
            default -> new byte[0];
        };
    }

    private String csv() {
        StringBuilder out = new StringBuilder("institution,country,technologyArea,reference\n");
        int rows = random.nextInt(5) == 0 ? 1_500 : 1 + random.nextInt(5);
        for (int i = 0; i < rows; i++) {
            out.append(csvCell(HostileValues.string(random)))
                    .append(',')
                    .append(random.nextBoolean() ? "CN" : csvCell(HostileValues.string(random)))
                    .append(',')
                    .append(csvCell(HostileValues.string(random)))
                    .append(",=1+1\n");
        }
        return out.toString();
    }

    private static String csvCell(String text) {
        return "\"" + (text.length() > 1000 ? text.substring(0, 1000) : text).replace("\"", "\"\"") + "\"";
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        if (current.has("oneOf") || current.has("anyOf")) {
            JsonNode options = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
            return resolve(options.get(random.nextInt(options.size())));
        }
        return current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            return type.get(0).asString();
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    /** Header values must be visible ASCII on the wire; hostile ones are kept as far as HTTP allows. */
    private static String headerValue(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c >= 0x21 && c < 0x7f || c == ' ') {
                out.append(c);
            }
            if (out.length() >= 2000) {
                break;
            }
        }
        return out.isEmpty()
                ? "x"
                : out.toString().strip().isEmpty() ? "x" : out.toString().strip();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value.length() > 20_000 ? value.substring(0, 20_000) : value, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
