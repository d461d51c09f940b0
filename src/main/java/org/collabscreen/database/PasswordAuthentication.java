package org.collabscreen.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes the embedded PostgreSQL ask every connection, local socket included, for a password. initdb (run by the
 * embedded library) trusts every local user; on the first start with that setting the superuser gets its password
 * and {@code pg_hba.conf} is replaced, then reloaded.
 */
final class PasswordAuthentication {

    static final String PG_HBA = """
            # Written by CollabScreen: every connection needs a password (the superuser's is in the file
            # superuser-password next to this data directory). Only the local machine may connect.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private PasswordAuthentication() {}

    /** Sets the password and requires it, if this data directory still trusts local users. */
    static void require(Path dataDirectory, DataSource superuser, String password) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (Files.readString(hba, StandardCharsets.UTF_8).equals(PG_HBA)) {
            return;
        }
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL superuser's password: " + e.getMessage(), e);
        }
    }
}
