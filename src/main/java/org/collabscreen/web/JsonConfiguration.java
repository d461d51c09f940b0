package org.collabscreen.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** JSON reading rules shared by every endpoint. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule plainTextModule() {
        return new SimpleModule("collabscreen-plain-text").addDeserializer(String.class, new PlainTextDeserializer());
    }

    /** A repeated property is ambiguous (a proxy may read the first, we the last), so it is refused. */
    @Bean
    JsonMapperBuilderCustomizer rejectDuplicateProperties() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
