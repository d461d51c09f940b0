package org.collabscreen.security;

import java.time.Duration;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.cluster.ChangeNotifications;
import org.collabscreen.support.Api;
import org.collabscreen.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances against one database, each remembering keys for ten minutes: only the PostgreSQL notification can
 * make the second one refuse a key that the first one revoked, also after the second lost its listening connection.
 */
class ApiKeyRevocationAcrossInstancesIntegrationTests {

    private static final Duration NOTIFICATION_DELIVERY = Duration.ofSeconds(2);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth() {
        String[] database = TestDatabases.asArguments(TestDatabases.fresh());
        first = start(database);
        second = start(database);
    }

    private static ConfigurableApplicationContext start(String[] database) {
        return new SpringApplicationBuilder(CollabScreenApplication.class)
                .profiles("test")
                .properties("server.port=0", "collabscreen.security.key-cache.ttl=10m")
                .run(database);
    }

    @AfterAll
    static void stopBoth() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aKeyRevokedThroughOneInstanceIsRefusedByTheOtherThatRememberedIt() {
        Api admin = Api.onPort(port(first), adminKey(first));
        JsonNode created = admin.post("/api/v1/api-keys", """
                {"name": "portal", "client": "two-instances", "roles": ["SCREENER"]}""").body();
        Api onSecond = Api.onPort(port(second), created.get("key").asString());
        assertThat(onSecond.get("/api/v1/rulebook").status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/api-keys/" + created.get("id").asString())
                        .status())
                .isEqualTo(204);

        assertRefusedSoon(onSecond);
    }

    @Test
    void theOtherInstanceListensAgainAfterLosingItsConnectionAndStillHearsRevocations() {
        Api admin = Api.onPort(port(first), adminKey(first));
        JsonNode created = admin.post("/api/v1/api-keys", """
                {"name": "reconnect", "client": "two-instances", "roles": ["SCREENER"]}""").body();
        Api onSecond = Api.onPort(port(second), created.get("key").asString());
        assertThat(onSecond.get("/api/v1/rulebook").status()).isEqualTo(200);
        ApiKeyChangeListener listener = second.getBean(ApiKeyChangeListener.class);
        await().atMost(Duration.ofSeconds(10)).until(listener::listening);

        int terminated = second.getBean(JdbcTemplate.class)
                .queryForObject(
                        "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ? and datname = current_database()",
                        Integer.class,
                        ChangeNotifications.APPLICATION_NAME);
        assertThat(terminated).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> !listener.listening());
        await().atMost(Duration.ofSeconds(10)).until(listener::listening);
        assertThat(onSecond.get("/api/v1/rulebook").status()).isEqualTo(200);

        assertThat(admin.delete("/api/v1/api-keys/" + created.get("id").asString())
                        .status())
                .isEqualTo(204);

        assertRefusedSoon(onSecond);
    }

    private static void assertRefusedSoon(Api caller) {
        await("the second instance refusing the revoked key")
                .atMost(NOTIFICATION_DELIVERY)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> caller.get("/api/v1/rulebook").status() == 401);
    }

    private static String adminKey(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
