package org.collabscreen.proposal;

import java.util.List;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A researcher's ties are names or Tie objects: the lists' items say so (oneOf), which annotations cannot express. */
@Configuration(proxyBeanMethods = false)
class TieOpenApi {

    private static final List<String> TIE_LISTS = List.of("affiliations", "talentProgrammes", "support");

    @Bean
    OpenApiCustomizer tiesAreNamesOrObjects() {
        return openApi -> {
            Schema<?> researcher = openApi.getComponents().getSchemas().get("ResearcherRequest");
            if (researcher == null || researcher.getProperties() == null) {
                return;
            }
            for (String list : TIE_LISTS) {
                Schema<?> property = researcher.getProperties().get(list);
                if (property != null) {
                    property.setItems(new ComposedSchema()
                            .oneOf(List.of(
                                    new StringSchema().description("The name alone: a current link"),
                                    new Schema<>().$ref("#/components/schemas/Tie"))));
                }
            }
        };
    }
}
