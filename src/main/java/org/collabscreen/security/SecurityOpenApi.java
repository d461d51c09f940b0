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
    private static final String DESCRIPTION = """
            An API key in the `X-API-Key` header, as issued by `POST /api/v1/api-keys`. Each key belongs to a \
            client and holds one or more roles:

            - `SCREENER`: submits proposals and reads its own client's proposals; reads the rulebook and uses \
            the matchers.
            - `AUDITOR`: reads every proposal, the rulebook and the audit trail.
            - `RULEBOOK_EDITOR`: reads and changes the rulebook.
            - `ADMIN`: everything, including API keys and webhooks.
            - `REVIEWER`: reads its own client's proposals and review cases, records dispositions and decisions,             approves another principal's decision.

            A missing, unknown or revoked key gets 401; a key whose roles do not allow the call gets 403; a key \
            over its rate limit gets 429 with `Retry-After`. All three are `application/problem+json`.""";

    @Bean
    OpenApiCustomizer apiKeySecurity() {
        return openApi -> {
            openApi.getComponents()
                    .addSecuritySchemes(
                            SCHEME,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.APIKEY)
                                    .in(SecurityScheme.In.HEADER)
                                    .name(SecurityConfiguration.API_KEY_HEADER)
                                    .description(DESCRIPTION));
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            openApi.getPaths()
                    .values()
                    .forEach(
                            path -> path.readOperations()
                                    .forEach(
                                            operation -> operation
                                                    .getResponses()
                                                    .addApiResponse(
                                                            "401", problem("No API key, or an unknown or revoked one"))
                                                    .addApiResponse(
                                                            "403", problem("The API key's roles do not allow this"))
                                                    .addApiResponse(
                                                            "429",
                                                            problem(
                                                                    "Rate limit of the API key reached; retry after Retry-After seconds"))));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }
}
