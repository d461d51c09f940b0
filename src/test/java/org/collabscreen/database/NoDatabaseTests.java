package org.collabscreen.database;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar has no embedded PostgreSQL, and production mode never starts one: without a datasource URL
 * either stops and says what to set.
 */
class NoDatabaseTests {

    private final ApplicationContextRunner withoutEmbeddedPostgres = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class, NoDatabaseConfiguration.class)
            .withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class));

    @Test
    void startWithoutDatasourceUrlOrEmbeddedPostgresFailsWithWhatToSet() {
        withoutEmbeddedPostgres.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).hasRootCauseInstanceOf(NoDatabaseException.class);

            FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getAction())
                    .contains(
                            "SPRING_DATASOURCE_URL",
                            "SPRING_DATASOURCE_USERNAME",
                            "SPRING_DATASOURCE_PASSWORD",
                            "./mvnw spring-boot:run");
        });
    }

    @Test
    void productionModeRefusesTheEmbeddedPostgresEvenWhenTheBuildHasIt() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class, NoDatabaseConfiguration.class)
                .withPropertyValues("collabscreen.production=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    assertThat(failure).hasRootCauseInstanceOf(NoDatabaseException.class);
                    FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains("production mode", "COLLABSCREEN_PRODUCTION=true");
                    assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
                });
    }

    @Test
    void productionModeWithADatasourceUrlStartsWithoutEitherFallback() {
        new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class, NoDatabaseConfiguration.class)
                .withPropertyValues(
                        "collabscreen.production=true", "spring.datasource.url=jdbc:postgresql://db:5432/collabscreen")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(EmbeddedDatabase.class)
                        .doesNotHaveBean(DataSource.class));
    }

    @Test
    void configuredDatasourceUrlNeedsNoEmbeddedPostgres() {
        withoutEmbeddedPostgres
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/collabscreen")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DataSource.class));
    }
}
