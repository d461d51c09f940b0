package org.collabscreen.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void secondStartFindsTheDataOfTheFirst(@TempDir Path directory) throws Exception {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory, 0, false);

        try (EmbeddedDatabase first = configuration.embeddedDatabase(properties);
                HikariDataSource dataSource = configuration.dataSource(first)) {
            execute(
                    owner(first),
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
            execute(owner(first), "create table forgotten (note text)");
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

    private static HikariDataSource owner(EmbeddedDatabase database) {
        HikariDataSource owner = new HikariDataSource();
        owner.setJdbcUrl(database.jdbcUrl());
        owner.setUsername("postgres");
        return owner;
    }

    private static void execute(HikariDataSource dataSource, String sql) throws Exception {
        try (dataSource;
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
