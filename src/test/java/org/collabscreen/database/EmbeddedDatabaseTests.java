package org.collabscreen.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTests {

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void secondStartFindsTheDataOfTheFirst(@TempDir Path directory) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory, 0, false);

        try (EmbeddedDatabase first = configuration.embeddedDatabase(properties);
                HikariDataSource dataSource = configuration.dataSource(first)) {
            asOwner(
                    first,
                    "create table kept (note text); insert into kept values ('from the first start'); grant select on kept to collabscreen_app");
        }
        try (EmbeddedDatabase second = configuration.embeddedDatabase(properties);
                HikariDataSource dataSource = configuration.dataSource(second);
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("from the first start");
        }
        assertThat(directory.resolve("pgdata").resolve("PG_VERSION")).content().startsWith("17");
    }

    @Test
    void cleanStartForgetsEarlierData(@TempDir Path directory) throws Exception {
        try (EmbeddedDatabase first =
                        configuration.embeddedDatabase(new EmbeddedDatabaseProperties(directory, 0, false));
                HikariDataSource dataSource = configuration.dataSource(first)) {
            asOwner(first, "create table forgotten (note text)");
        }
        try (EmbeddedDatabase clean =
                        configuration.embeddedDatabase(new EmbeddedDatabaseProperties(directory, 0, true));
                HikariDataSource dataSource = configuration.dataSource(clean);
                Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "public", "forgotten", null)) {
            assertThat(tables.next()).isFalse();
        }
    }

    @Test
    void secondStartOnAFolderInUseFailsClearlyAndLeavesTheRunningDatabaseAlone(@TempDir Path directory)
            throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory, 0, false);
        try (EmbeddedDatabase first = configuration.embeddedDatabase(properties);
                HikariDataSource dataSource = configuration.dataSource(first)) {
            asOwner(first, "create table kept (note text); grant insert on kept to collabscreen_app");

            assertThatThrownBy(() -> configuration.embeddedDatabase(properties))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running CollabScreen")
                    .hasMessageContaining("process " + ProcessHandle.current().pid())
                    .hasMessageContaining("COLLABSCREEN_EMBEDDED_DATABASE_DIRECTORY");

            execute(dataSource, "insert into kept values ('still running')");
        }
    }

    @Test
    void embeddedServerAsksEveryConnectionForTheGeneratedPassword(@TempDir Path directory) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory, 0, false);
        String password;
        try (EmbeddedDatabase first = configuration.embeddedDatabase(properties)) {
            password = first.password();
        }
        Path passwordFile = directory.resolve(SuperuserPassword.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(passwordFile).content().isEqualToIgnoringNewLines(password);
        assertThat(password).hasSizeGreaterThanOrEqualTo(40);

        try (EmbeddedDatabase second = configuration.embeddedDatabase(properties);
                HikariDataSource dataSource = configuration.dataSource(second)) {
            assertThat(second.password()).isEqualTo(password);
            execute(dataSource, "select 1");
            String url = dataSource.getJdbcUrl();
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        assertThat(directory.resolve("pgdata").resolve("pg_hba.conf"))
                .content()
                .doesNotContain("trust")
                .contains("scram-sha-256");
    }

    @Test
    void theApplicationConnectsAsARoleThatIsNeitherOwnerNorSuperuser(@TempDir Path directory) throws Exception {
        try (EmbeddedDatabase database =
                        configuration.embeddedDatabase(new EmbeddedDatabaseProperties(directory, 0, true));
                HikariDataSource dataSource = configuration.dataSource(database);
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery(
                        "select current_user, rolsuper from pg_roles where rolname = current_user")) {
            assertThat(role.next()).isTrue();
            assertThat(role.getString(1)).isEqualTo("collabscreen_app");
            assertThat(role.getBoolean(2)).isFalse();
            assertThat(configuration.flywayConnectionDetails(database).getUsername())
                    .isEqualTo("postgres");
        }
    }

    /** As the schema's owner, who creates tables; the application's role cannot. */
    private static void asOwner(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
