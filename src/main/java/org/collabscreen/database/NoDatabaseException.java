package org.collabscreen.database;

/** No datasource URL is configured, and this build has no embedded PostgreSQL or production mode forbids it. */
class NoDatabaseException extends IllegalStateException {

    private final boolean productionMode;

    NoDatabaseException(boolean productionMode) {
        super(
                productionMode
                        ? "No database configured: spring.datasource.url is not set, and production mode"
                                + " (collabscreen.production=true) never starts an embedded PostgreSQL"
                        : "No database configured: spring.datasource.url is not set and this build has no embedded"
                                + " PostgreSQL");
        this.productionMode = productionMode;
    }

    boolean productionMode() {
        return productionMode;
    }
}
