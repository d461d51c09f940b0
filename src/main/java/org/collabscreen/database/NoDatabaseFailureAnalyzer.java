package org.collabscreen.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells whoever starts the production jar, or production mode, without a database what to set. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
        String why = cause.productionMode() ? """
                CollabScreen needs a PostgreSQL database, and none is configured: spring.datasource.url is not set, \
                and in production mode (collabscreen.production=true, or COLLABSCREEN_PRODUCTION=true) it never \
                starts an embedded PostgreSQL of its own, which would leave this instance with an empty database.""" : """
                CollabScreen needs a PostgreSQL database, and none is configured: spring.datasource.url is not set, \
                and this jar carries no embedded PostgreSQL (only ./mvnw spring-boot:run and the tests have one).""";
        return new FailureAnalysis(why, """
                Point CollabScreen at your PostgreSQL with the environment variables
                    SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/DATABASE
                    SPRING_DATASOURCE_USERNAME=...
                    SPRING_DATASOURCE_PASSWORD=...
                (or the properties spring.datasource.url, .username and .password), or run 'docker compose up', \
                which starts PostgreSQL alongside the application. For a quick start without any setup, run \
                './mvnw spring-boot:run' from a clone of the repository: it starts an embedded PostgreSQL.""", cause);
    }
}
