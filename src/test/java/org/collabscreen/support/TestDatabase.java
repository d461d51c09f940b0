package org.collabscreen.support;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** One test database: its owner, as whom Flyway migrates (and tamper tests act), and the application's runtime role. */
public record TestDatabase(JdbcConnectionDetails owner, JdbcConnectionDetails runtime) {

    FlywayConnectionDetails flyway() {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return owner.getJdbcUrl();
            }

            @Override
            public String getUsername() {
                return owner.getUsername();
            }

            @Override
            public String getPassword() {
                return owner.getPassword();
            }
        };
    }
}
