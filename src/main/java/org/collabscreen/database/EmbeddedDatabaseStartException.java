package org.collabscreen.database;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; the message says what to do instead. */
class EmbeddedDatabaseStartException extends IllegalStateException {

    EmbeddedDatabaseStartException(Path dataDirectory, Exception cause) {
        super(
                "Embedded PostgreSQL could not start with data directory " + dataDirectory + ": " + cause.getMessage()
                        + ". If another CollabScreen already runs on this directory, stop it or set"
                        + " COLLABSCREEN_EMBEDDED_DATABASE_DIRECTORY. If initdb refuses to run as root (no 'unshare' in this"
                        + " container), run as a normal user or set SPRING_DATASOURCE_URL to an external PostgreSQL"
                        + " (see README, or 'docker compose up').",
                cause);
    }
}
