package org.collabscreen.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The API description served at /v3/api-docs and in Swagger UI: the problem+json errors of every operation
 * ({@link ProblemResponses}), the tags in the order a user meets them, and a stable order of paths and schemas.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The tags in the order a user meets them; Swagger UI and generated clients list them in this order. */
    static final List<String> TAG_ORDER = List.of(
            "Proposals",
            "Batch",
            "Review",
            "Evidence",
            "Frameworks",
            "Rulebook",
            "Rulebook editing",
            "Revisions",
            "Audit",
            "API keys",
            "Webhooks");

    static {
        // Every enum is a named schema (RiskLevel, FindingKind, …): generated clients get one type per vocabulary,
        // and generators handle named enums in sets, where inline ones do not compile (OpenAPI Generator 7.17).
        ModelResolver.enumsAsRef = true;
        // springdoc introspects with Jackson 2, to which a Jackson 3 tree is a bean with getters such as isArray:
        // describe it as what it is on the wire, a JSON object (a snapshot of what changed) or null.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        JsonNode.class,
                        new Schema<>()
                                .type("object")
                                .types(new LinkedHashSet<>(List.of("object", "null")))
                                .description("A JSON object as stored, or null"));
    }

    @Bean
    OpenAPI collabScreenOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CollabScreen API")
                        .version("v1")
                        .description("Screens proposed research collaborations for dual-use and talent-programme risk, "
                                + "and explains every point with its rule and public source. Every call needs an API "
                                + "key in the `X-API-Key` header. Errors are RFC 9457 `application/problem+json` with "
                                + "a stable relative `type` such as `/problems/validation-failed` (schema `Problem`).")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                // A relative server: the document does not change with the host or port it is served from.
                .servers(List.of(new Server().url("/").description("The server this document was read from")))
                .components(new Components());
    }

    /**
     * The schemas go in here, together with the responses that refer to them: springdoc drops the schemas of the
     * {@code OpenAPI} bean that no operation refers to before any customizer runs.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            ProblemResponses.addSchemas(openApi.getComponents());
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemResponses::addTo));
            openApi.setTags(orderedTags(openApi));
            sortPathsAndSchemas(openApi);
        };
    }

    /**
     * Paths and schemas by name: springdoc lists them in the order it finds controllers and types, which may differ
     * between machines, and the committed copy of the document must not.
     */
    private static void sortPathsAndSchemas(OpenAPI openApi) {
        Paths sorted = new Paths();
        new TreeMap<>(openApi.getPaths()).forEach(sorted::addPathItem);
        openApi.setPaths(sorted);
        openApi.getComponents()
                .setSchemas(new LinkedHashMap<>(
                        new TreeMap<>(openApi.getComponents().getSchemas())));
    }

    /** Declared tags first in {@link #TAG_ORDER}, then any other tag an operation uses, by name. */
    private static List<Tag> orderedTags(OpenAPI openApi) {
        List<Tag> tags = new ArrayList<>(openApi.getTags() == null ? List.of() : openApi.getTags());
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getTags() != null) {
                        operation.getTags().stream()
                                .filter(name -> tags.stream()
                                        .noneMatch(tag -> tag.getName().equals(name)))
                                .forEach(name -> tags.add(new Tag().name(name)));
                    }
                }));
        tags.sort(Comparator.comparingInt((Tag tag) -> rank(tag.getName())).thenComparing(Tag::getName));
        return tags;
    }

    private static int rank(String tag) {
        int index = TAG_ORDER.indexOf(tag);
        return index < 0 ? TAG_ORDER.size() : index;
    }
}
