package org.collabscreen.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** JSON reading rules shared by every endpoint. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule plainTextModule() {
        return new SimpleModule("collabscreen-plain-text").addDeserializer(String.class, new PlainTextDeserializer());
    }
}
