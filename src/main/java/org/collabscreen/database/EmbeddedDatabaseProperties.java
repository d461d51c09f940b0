package org.collabscreen.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL started when {@code spring.datasource.url} is not set.
 *
 * @param directory where the database files and the unpacked binaries live; survives restarts
 * @param port      the port to listen on; 0 picks a free one
 * @param clean     start from an empty database and delete it on shutdown (tests)
 */
@ConfigurationProperties("collabscreen.embedded-database")
record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path directory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {

    /** The folder itself: its lock file and the superuser's password live here, beside the data. */
    Path folder() {
        return directory.toAbsolutePath().normalize();
    }

    Path dataDirectory() {
        return folder().resolve("pgdata");
    }

    Path workingDirectory() {
        return folder().resolve("runtime");
    }
}
