package org.collabscreen.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The {@code Problem} schema of the API description and the problem+json responses of each operation: what
 * {@link ProblemHandler}, {@link ValidationProblems} and the security filters send.
 */
final class ProblemResponses {

    static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {}

    static void addSchemas(Components components) {
        components.addSchemas(PROBLEM, problemSchema());
        if (components.getSchemas().get(FIELD_ERROR) == null) {
            components.addSchemas(FIELD_ERROR, fieldErrorSchema());
        }
    }

    /** The errors every operation may answer, those its parameters imply, and problem+json for every error. */
    static void addTo(Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.addApiResponse("400", problem("Invalid input; `errors` names each field"));
        if (hasParameter(operation, "path", null)) {
            responses.putIfAbsent("404", problem("No such resource"));
        }
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", problem("Request body too large"));
            responses.addApiResponse("415", problem("Content-Type is not one this operation accepts"));
        }
        if (hasParameter(operation, "header", "If-Match")) {
            responses.putIfAbsent("412", problem("The If-Match ETag is stale: read the resource again, reapply"));
            responses.putIfAbsent("428", problem("If-Match is missing: send the ETag you read"));
        }
        if (hasParameter(operation, "header", "Idempotency-Key")) {
            responses.putIfAbsent("422", problem("This Idempotency-Key was used with a different request"));
        }
        responses.addApiResponse("500", problem("Unexpected error; the response carries a correlation id"));
        responses.addApiResponse("503", problem("Database unavailable; retry after the Retry-After delay"));
        responses.forEach((code, response) -> {
            if (code.matches("[45]\\d\\d")) {
                response.setContent(problemContent());
            }
        });
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(SCHEMAS + PROBLEM)));
    }

    private static boolean hasParameter(Operation operation, String in, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null
                && parameters.stream()
                        .anyMatch(parameter -> in.equals(parameter.getIn())
                                && (name == null || name.equalsIgnoreCase(parameter.getName())));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        return typed("object")
                .description("RFC 9457 problem details. Clients branch on `type`; `title` and `detail` are for people.")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        typed("string")
                                .format("uri-reference")
                                .description("Stable problem type, relative to the API, e.g. `/problems/not-found`")
                                .example("/problems/validation-failed"))
                .addProperty(
                        "title",
                        typed("string")
                                .description("Short summary of the problem type")
                                .example("Validation failed"))
                .addProperty(
                        "status",
                        typed("integer")
                                .format("int32")
                                .description("The HTTP status code")
                                .example(400))
                .addProperty(
                        "detail",
                        typed("string")
                                .description("What went wrong with this request, for people")
                                .example(
                                        "Field 'country' must be an ISO 3166-1 alpha-2 country code, such as CN or ES."))
                .addProperty(
                        "instance",
                        typed("string")
                                .format("uri-reference")
                                .description("The request path the problem occurred on")
                                .example("/api/v1/proposals"))
                .addProperty(
                        "errors",
                        typed("array")
                                .items(new Schema<>().$ref(SCHEMAS + FIELD_ERROR))
                                .description(
                                        "Each invalid field (type `/problems/validation-failed` only), sorted by field"))
                .addProperty(
                        "correlationId",
                        typed("string")
                                .format("uuid")
                                .description(
                                        "Quote it when reporting an unexpected error (type `/problems/internal-error` "
                                                + "only); the server log carries the same id")
                                .example("3f2b8c1e-6d0a-4e55-9a43-0c1f8d2e7b91"));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema fieldErrorSchema() {
        return typed("object")
                .description("One invalid field of a request")
                .addProperty(
                        "field",
                        typed("string")
                                .description("JSON path of the field, e.g. `researchers[0].name`")
                                .example("country"))
                .addProperty(
                        "message",
                        typed("string")
                                .description("What is wrong with it")
                                .example("must be an ISO 3166-1 alpha-2 country code, such as CN or ES"));
    }

    /** OpenAPI 3.1 documents carry {@code types}, 3.0 documents {@code type}: set both. */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
