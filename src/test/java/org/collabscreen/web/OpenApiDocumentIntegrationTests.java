package org.collabscreen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live API description is one clients can use: it resolves, every operation is summarised, the tags come in the
 * order a user meets them, and it is the document committed for client generation.
 * <p>
 * Writes the live document, members sorted by name, to {@code target/openapi/openapi.json}, which {@code .ci/run}
 * lints. When the API changes, refresh the committed copy with {@code ./mvnw -B -ntp test
 * -Dtest=OpenApiDocumentIntegrationTests -Dopenapi.refresh=true} and commit it; the build generates a Java client from
 * that copy and compiles it.
 */
class OpenApiDocumentIntegrationTests extends ApiTest {

    static final Path COMMITTED = Path.of("src", "test", "resources", "openapi", "openapi.json");
    static final Path LIVE = Path.of("target", "openapi", "openapi.json");
    private static final String REFRESH = "openapi.refresh";

    private static final JsonMapper PRETTY =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void liveDocumentIsTheCommittedOne() throws IOException {
        String live = PRETTY.writeValueAsString(canonical(document())) + "\n";
        Files.createDirectories(LIVE.getParent());
        Files.writeString(LIVE, live, StandardCharsets.UTF_8);
        if (Boolean.getBoolean(REFRESH)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
        }

        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(live)
                .as(
                        "The API description at /v3/api-docs differs from the committed %s, from which the Java"
                                + " client is generated. If the change is intended, refresh the copy with: ./mvnw -B -ntp test"
                                + " -Dtest=OpenApiDocumentIntegrationTests -D%s=true (if the old copy no longer gives a client that"
                                + " compiles, add clean and -Dcodegen.skip=true), then run ./mvnw verify and commit the copy.",
                        COMMITTED, REFRESH)
                .isEqualTo(committed);
    }

    @Test
    void everyReferenceResolves() {
        JsonNode docs = document();
        List<String> unresolved = new ArrayList<>();
        collectReferences(docs, unresolved);
        unresolved.removeIf(reference -> !docs.at(reference.substring(1)).isMissingNode());

        assertThat(unresolved).isEmpty();
    }

    @Test
    void problemSchemaDescribesWhatTheHandlerSends() {
        JsonNode docs = document();
        JsonNode problem = docs.at("/components/schemas/Problem/properties");
        String fieldError = problem.at("/errors/items/$ref").asString();

        assertThat(names(problem)).contains("type", "title", "status", "detail", "instance", "errors", "correlationId");
        assertThat(names(docs.at(fieldError.substring(1) + "/properties")))
                .containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void everyErrorResponseIsAProblem() {
        List<String> notProblems = new ArrayList<>();
        operations(document())
                .forEach((name, operation) -> operation
                        .get("responses")
                        .properties()
                        .forEach(response -> {
                            JsonNode content = response.getValue().get("content");
                            if (response.getKey().matches("[45]\\d\\d")
                                    && (content == null
                                            || content.size() != 1
                                            || !"#/components/schemas/Problem"
                                                    .equals(content.at("/application~1problem+json/schema/$ref")
                                                            .asString(null)))) {
                                notProblems.add(name + " " + response.getKey());
                            }
                        }));

        assertThat(notProblems).isEmpty();
    }

    @Test
    void errorEndpointIsNotPartOfTheApi() {
        assertThat(names(document().get("paths"))).doesNotContain("/error");
    }

    @Test
    void everyOperationHasSummaryAndTag() {
        List<String> missing = new ArrayList<>();
        operations(document()).forEach((name, operation) -> {
            if (!operation.hasNonNull("summary")
                    || operation.get("summary").asString().isBlank()
                    || !operation.has("tags")) {
                missing.add(name);
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void tagsComeInTheOrderUsersMeetThem() {
        JsonNode docs = document();
        List<String> declared = new ArrayList<>();
        docs.get("tags").forEach(tag -> declared.add(tag.get("name").asString()));
        Set<String> used = new TreeSet<>();
        operations(docs).values().forEach(operation -> operation.get("tags").forEach(tag -> used.add(tag.asString())));

        assertThat(declared).containsExactlyElementsOf(OpenApiConfiguration.TAG_ORDER);
        assertThat(declared).containsAll(used);
    }

    @Test
    void securitySchemeIsTheApiKeyHeader() {
        JsonNode docs = document();
        JsonNode scheme = docs.at("/components/securitySchemes/ApiKey");

        assertThat(scheme.get("type").asString()).isEqualTo("apiKey");
        assertThat(scheme.get("in").asString()).isEqualTo("header");
        assertThat(scheme.get("name").asString()).isEqualTo("X-API-Key");
        assertThat(scheme.get("description").asString()).contains("SCREENER", "AUDITOR", "RULEBOOK_EDITOR", "ADMIN");
    }

    private JsonNode document() {
        var response = api.withoutKey().get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** Members of every object by name, so that the copy does not depend on the order springdoc finds things in. */
    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = PRETTY.createObjectNode();
            new TreeMap<>(node.properties().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .forEach((name, value) -> sorted.set(name, canonical(value)));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = PRETTY.createArrayNode();
            node.forEach(element -> array.add(canonical(element)));
            return array;
        }
        return node;
    }

    private static Map<String, JsonNode> operations(JsonNode docs) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
                        .contains(operation.getKey())) {
                    operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
        return operations;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if ("$ref".equals(property.getKey()) && property.getValue().isString()) {
                    references.add(property.getValue().asString());
                } else {
                    collectReferences(property.getValue(), references);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
