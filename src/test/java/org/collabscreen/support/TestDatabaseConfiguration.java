package org.collabscreen.support;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The tests' PostgreSQL, always a real one: {@code TEST_DATABASE_URL} if set, else a Testcontainers container when a
 * Docker engine runs, else a fresh database on the JVM's embedded server ({@link TestDatabases}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(DockerWithoutTestDatabaseUrl.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean
    @Conditional(NoDockerOrTestDatabaseUrl.class)
    TestDatabase testDatabase() {
        return TestDatabases.fresh();
    }

    /** The application connects as the runtime role. */
    @Bean
    @Conditional(NoDockerOrTestDatabaseUrl.class)
    JdbcConnectionDetails testDatabaseRuntime(TestDatabase database) {
        return database.runtime();
    }

    /** Flyway migrates as the owner. */
    @Bean
    @Conditional(NoDockerOrTestDatabaseUrl.class)
    FlywayConnectionDetails testDatabaseOwner(TestDatabase database) {
        return database.flyway();
    }

    /** Checked once: the probe takes a quarter of a second. */
    private static final class Docker {
        static final boolean AVAILABLE =
                !TestDatabases.urlGiven() && DockerClientFactory.instance().isDockerAvailable();
    }

    static final class DockerWithoutTestDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !TestDatabases.urlGiven() && Docker.AVAILABLE;
        }
    }

    static final class NoDockerOrTestDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabases.urlGiven() || !Docker.AVAILABLE;
        }
    }
}
