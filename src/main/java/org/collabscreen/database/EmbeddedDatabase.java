package org.collabscreen.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running embedded PostgreSQL; closing it stops the server, says so in the log and gives up the folder's lock. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** The role the application connects as; the schema's owner is {@code postgres}, which Flyway uses. */
    static final String RUNTIME_ROLE = "collabscreen_app";

    static final String OWNER = "postgres";

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

    /** The database's URL without a user: the application and Flyway each connect as their own role. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /**
     * Creates the application's login role if it does not exist yet, and gives it a fresh password for this run. The
     * schema belongs to {@code postgres} (Flyway); this role only gets the rows Flyway's owner grants it.
     */
    String startRuntimeRole() {
        String password = UUID.randomUUID().toString();
        try (Connection owner = DriverManager.getConnection(jdbcUrl(), OWNER, this.password);
                Statement statement = owner.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + RUNTIME_ROLE
                    + "') then create role " + RUNTIME_ROLE + " login; end if; end $$");
            statement.execute("alter role " + RUNTIME_ROLE + " with login nosuperuser password '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the runtime role " + RUNTIME_ROLE, e);
        }
        return password;
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
