package org.collabscreen.database;

import java.io.IOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/** Starts an embedded PostgreSQL and points the application at it when no datasource URL is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.workingDirectory());
        if (properties.clean()) {
            FileSystemUtils.deleteRecursively(properties.dataDirectory());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(properties.dataDirectory())
                    .setOverrideWorkingDirectory(properties.workingDirectory().toFile())
                    .setCleanDataDirectory(properties.clean())
                    .setPort(properties.port())
                    .start();
            return new EmbeddedDatabase(postgres, properties.dataDirectory());
        } catch (IOException | IllegalStateException e) {
            throw new EmbeddedDatabaseStartException(properties.dataDirectory(), e);
        }
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
