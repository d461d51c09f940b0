package org.collabscreen.database;

/** No datasource URL is configured and this build has no embedded PostgreSQL to fall back on. */
class NoDatabaseException extends IllegalStateException {

    NoDatabaseException() {
        super("No database configured: spring.datasource.url is not set and this build has no embedded PostgreSQL");
    }
}
