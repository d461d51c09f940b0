package org.collabscreen.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

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
            execute(dataSource, "create table kept (note text); insert into kept values ('from the first start')");
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
            execute(dataSource, "create table forgotten (note text)");
        }
        try (EmbeddedDatabase clean =
                        configuration.embeddedDatabase(new EmbeddedDatabaseProperties(directory, 0, true));
                HikariDataSource dataSource = configuration.dataSource(clean);
                Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "public", "forgotten", null)) {
            assertThat(tables.next()).isFalse();
        }
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
