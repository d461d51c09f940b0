package org.collabscreen.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * The API description served at /v3/api-docs and in Swagger UI: the problem+json errors of every operation, the
 * {@code Problem} schema they refer to, and the tags in the order a user meets them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The tags in the order a user meets them; Swagger UI and generated clients list them in this order. */
    static final List<String> TAG_ORDER = List.of("Proposals", "Batch", "Rulebook", "Rulebook editing", "Revisions",
            "Audit", "API keys", "Webhooks");

    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String SCHEMAS = "#/components/schemas/";

    static {
        // springdoc introspects with Jackson 2, to which a Jackson 3 tree is a bean with getters such as isArray:
        // describe it as what it is on the wire, a JSON object (a snapshot of what changed) or null.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().type("object")
                .types(new LinkedHashSet<>(List.of("object", "null"))).description("A JSON object as stored, or null"));
    }

    @Bean
    OpenAPI collabScreenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CollabScreen API").version("v1")
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
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getComponents().getSchemas().get(FIELD_ERROR) == null) {
                openApi.getComponents().addSchemas(FIELD_ERROR, fieldErrorSchema());
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                var responses = operation.getResponses();
                responses.addApiResponse("400", problem("Invalid input; `errors` names each field"));
                if (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
                    responses.putIfAbsent("404", problem("No such resource"));
                }
                if (operation.getRequestBody() != null) {
                    responses.addApiResponse("413", problem("Request body too large"));
                    responses.addApiResponse("415", problem("Content-Type must be application/json"));
                }
                responses.addApiResponse("500", problem("Unexpected error; the response carries a correlation id"));
                responses.addApiResponse("503", problem("Database unavailable; retry after the Retry-After delay"));
            }));
            openApi.setTags(orderedTags(openApi));
        };
    }

    /** Declared tags first in {@link #TAG_ORDER}, then any other tag an operation uses, by name. */
    private static List<Tag> orderedTags(OpenAPI openApi) {
        List<Tag> tags = new ArrayList<>(openApi.getTags() == null ? List.of() : openApi.getTags());
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getTags() != null) {
                operation.getTags().stream().filter(name -> tags.stream().noneMatch(tag -> tag.getName().equals(name)))
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

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref(SCHEMAS + PROBLEM))));
    }

    /** What {@link ProblemHandler}, {@link ValidationProblems} and the security filters send. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        return typed("object").description("RFC 9457 problem details. Clients branch on `type`; "
                        + "`title` and `detail` are for people.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", typed("string").format("uri-reference")
                        .description("Stable problem type, relative to the API, e.g. `/problems/not-found`")
                        .example("/problems/validation-failed"))
                .addProperty("title", typed("string").description("Short summary of the problem type")
                        .example("Validation failed"))
                .addProperty("status", typed("integer").format("int32")
                        .description("The HTTP status code").example(400))
                .addProperty("detail", typed("string")
                        .description("What went wrong with this request, for people")
                        .example("Field 'country' must be an ISO 3166-1 alpha-2 country code, such as CN or ES."))
                .addProperty("instance", typed("string").format("uri-reference")
                        .description("The request path the problem occurred on").example("/api/v1/proposals"))
                .addProperty("errors", typed("array").items(new Schema<>().$ref(SCHEMAS + FIELD_ERROR))
                        .description("Each invalid field (type `/problems/validation-failed` only), sorted by field"))
                .addProperty("correlationId", typed("string").format("uuid")
                        .description("Quote it when reporting an unexpected error (type `/problems/internal-error` "
                                + "only); the server log carries the same id")
                        .example("3f2b8c1e-6d0a-4e55-9a43-0c1f8d2e7b91"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema fieldErrorSchema() {
        return typed("object").description("One invalid field of a request")
                .addProperty("field", typed("string")
                        .description("JSON path of the field, e.g. `researchers[0].name`").example("country"))
                .addProperty("message", typed("string").description("What is wrong with it")
                        .example("must be an ISO 3166-1 alpha-2 country code, such as CN or ES"));
    }

    /** OpenAPI 3.1 documents carry {@code types}, 3.0 documents {@code type}: set both. */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
