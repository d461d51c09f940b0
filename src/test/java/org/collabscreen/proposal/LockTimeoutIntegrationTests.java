package org.collabscreen.proposal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pooled connection carries statement and lock timeouts, and a request whose lock wait times out gets a 503. */
class LockTimeoutIntegrationTests extends ApiTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void pooledConnectionsCarryStatementLockAndIdleTransactionTimeouts(@Autowired JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("10s");
        assertThat(jdbc.queryForObject("show lock_timeout", String.class)).isEqualTo("3s");
        assertThat(jdbc.queryForObject("show idle_in_transaction_session_timeout", String.class))
                .isEqualTo("1min");
    }

    @Test
    void aRescreenWaitingTooLongForTheProposalsLockAnswers503WithRetryAfterAndChangesNothing() throws Exception {
        Api.Response created = api.post("/api/v1/proposals", json("""
                {'institution': 'Universidad de Sevilla', 'country': 'ES', 'technologyArea': 'semiconductor lithography'}"""));
        String id = created.body().get("id").asString();

        Api.Response waited;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select id from proposal where id = ? for update")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery().close();
            }
            waited = api.post("/api/v1/proposals/" + id + "/screenings", "");
            holder.rollback();
        }

        assertThat(waited.status()).isEqualTo(503);
        assertThat(waited.contentType()).startsWith("application/problem+json");
        assertThat(waited.header("Retry-After")).isNotBlank();
        assertThat(waited.body().get("type").asString()).isEqualTo("/problems/database-busy");
        assertThat(api.get("/api/v1/proposals/" + id + "/screenings").body()).hasSize(1);
        assertThat(api.post("/api/v1/proposals/" + id + "/screenings", "").status())
                .isEqualTo(201);
    }
}
