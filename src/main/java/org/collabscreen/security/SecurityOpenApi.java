package org.collabscreen.security;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API key as an OpenAPI security scheme, so that Swagger UI's "Authorize" sends it, and the 401/403/429 answers. */
@Configuration(proxyBeanMethods = false)
class SecurityOpenApi {

    private static final String SCHEME = "ApiKey";

    @Bean
    OpenApiCustomizer apiKeySecurity() {
        return openApi -> {
            openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name(SecurityConfiguration.API_KEY_HEADER)
                    .description("An API key, e.g. cs_live_…; see README, section API keys and roles"));
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation.getResponses()
                    .addApiResponse("401", problem("No API key, or an unknown or revoked one"))
                    .addApiResponse("403", problem("The API key's roles do not allow this"))
                    .addApiResponse("429", problem("Rate limit of the API key reached; retry after Retry-After seconds"))));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
