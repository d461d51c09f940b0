package org.collabscreen.database;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running embedded PostgreSQL; closing it stops the server, says so in the log and gives up the folder's lock. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final String password;
    private final DataDirectoryLock lock;

    EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, String password, DataDirectoryLock lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
        this.lock = lock;
        log.info(
                "Embedded PostgreSQL on port {} keeps its data in {} (set SPRING_DATASOURCE_URL to use your own PostgreSQL)",
                postgres.getPort(),
                dataDirectory);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The superuser's password, from the folder's {@code superuser-password} file. */
    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped; its data stays in {}", dataDirectory);
        } finally {
            lock.close();
        }
    }
}
