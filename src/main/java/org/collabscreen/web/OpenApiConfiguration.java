package org.collabscreen.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description served at /v3/api-docs and in Swagger UI, with the problem+json errors of every operation. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI collabScreenOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CollabScreen API").version("v1")
                        .description("Screens proposed research collaborations for dual-use and talent-programme risk, "
                                + "and explains every point with its rule and public source. Errors are RFC 9457 "
                                + "application/problem+json with a stable `type`.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
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
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        return new Schema<>().type("object").description("RFC 9457 problem details")
                .addProperty("type", new Schema<>().type("string").example("/problems/validation-failed"))
                .addProperty("title", new Schema<>().type("string").example("Validation failed"))
                .addProperty("status", new Schema<>().type("integer").example(400))
                .addProperty("detail", new Schema<>().type("string").example("Field 'country' must be an ISO 3166-1 alpha-2 country code, such as CN or ES."))
                .addProperty("instance", new Schema<>().type("string").example("/api/v1/proposals"))
                .addProperty("errors", new Schema<>().type("array").items(new Schema<>().type("object")
                        .addProperty("field", new Schema<>().type("string").example("country"))
                        .addProperty("message", new Schema<>().type("string"))));
    }
}
