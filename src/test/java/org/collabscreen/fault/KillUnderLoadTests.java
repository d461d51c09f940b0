package org.collabscreen.fault;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.support.StoppableDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 under load: the application runs in a JVM of its own against a PostgreSQL that outlives it, clients post
 * proposals, the application is killed with SIGKILL mid-load and started again. Every acknowledged 201 must be there,
 * each with its screening, and no proposal may be half-written. CI runs {@code fault.seconds} (default 3) of load;
 * the long run is {@code ./mvnw -B -ntp test -Dcodegen.skip=true -Dtest=KillUnderLoadTests -Dfault.seconds=60
 * -Dfault.port=8084}.
 */
class KillUnderLoadTests {

    private static final String KEY = "cs_test_admin_key_for_the_tests_0123456789abcdef";

    @Test
    void everyAcknowledgedProposalSurvivesAKillAndNoneIsHalfWritten() throws Exception {
        int seconds = Integer.getInteger("fault.seconds", 3);
        int port = Integer.getInteger("fault.port", freePort());
        try (StoppableDatabase database = StoppableDatabase.start()) {
            Process first = startApplication(database, port);
            List<Load.Answer> answers;
            try {
                awaitHealthy(port, first);
                awaitAcknowledgedWrite(port);
                try (Load load = new Load("http://127.0.0.1:" + port, KEY, 8)) {
                    Thread.sleep(seconds * 1000L);
                    first.destroyForcibly(); // SIGKILL
                    first.waitFor();
                    Thread.sleep(300);
                    answers = load.answers();
                }
            } finally {
                first.destroyForcibly();
            }
            Set<String> acknowledged = new HashSet<>();
            JsonMapper json = JsonMapper.builder().build();
            for (Load.Answer answer : answers) {
                if (answer.status() == 201) {
                    acknowledged.add(json.readTree(answer.body()).get("id").asString());
                }
            }

            Process second = startApplication(database, port);
            try {
                awaitHealthy(port, second);
                Set<String> stored = new HashSet<>();
                int halfWritten;
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                        Statement statement = connection.createStatement()) {
                    try (ResultSet rows = statement.executeQuery("select cast(id as text) from proposal")) {
                        while (rows.next()) {
                            stored.add(rows.getString(1));
                        }
                    }
                    try (ResultSet rows = statement.executeQuery("""
                            select count(*) from proposal p
                            where not exists (select 1 from screening s where s.proposal_id = p.id)""")) {
                        rows.next();
                        halfWritten = rows.getInt(1);
                    }
                }
                Set<String> lost = new HashSet<>(acknowledged);
                lost.removeAll(stored);
                System.out.printf(
                        "kill-9: load=%ds requests=%d statuses=%s acknowledged-before-kill=%d present-after-restart=%d"
                                + " lost=%d stored=%d half-written=%d%n",
                        seconds,
                        answers.size(),
                        answers.stream()
                                .collect(java.util.stream.Collectors.groupingBy(
                                        Load.Answer::status,
                                        java.util.TreeMap::new,
                                        java.util.stream.Collectors.counting())),
                        acknowledged.size(),
                        acknowledged.size() - lost.size(),
                        lost.size(),
                        stored.size(),
                        halfWritten);
                assertThat(acknowledged)
                        .as("acknowledged writes before the kill")
                        .isNotEmpty();
                assertThat(lost)
                        .as("acknowledged proposals missing after the restart")
                        .isEmpty();
                assertThat(halfWritten)
                        .as("proposals stored without their screening")
                        .isZero();
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    /** The application in a JVM of its own, from this test's classpath, logging to target/. */
    private static Process startApplication(StoppableDatabase database, int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                CollabScreenApplication.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(List.of(database.asArguments()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/kill-under-load-app.log")))
                .start();
    }

    private static void awaitHealthy(int port, Process process) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(process.isAlive())
                            .as("application process (see target/kill-under-load-app.log)")
                            .isTrue();
                    try {
                        return http.send(
                                                HttpRequest.newBuilder(URI.create(
                                                                "http://127.0.0.1:" + port + "/actuator/health"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.discarding())
                                        .statusCode()
                                == 200;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                });
    }

    /** Health answers before the first request can be served; load starts once a proposal is acknowledged. */
    private static void awaitAcknowledgedWrite(int port) throws Exception {
        try (Load probe = new Load("http://127.0.0.1:" + port, KEY, 1)) {
            await().atMost(Duration.ofMinutes(5))
                    .until(() -> probe.answers().stream().anyMatch(answer -> answer.status() == 201));
        }
    }

    /**
     * A free loopback port below the kernel's ephemeral range (32768 and up on Linux), so that no outbound connection
     * (the database's, the load's) can take it before the application binds it or while the killed one restarts.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(10_000, 32_768);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (java.io.IOException taken) {
                // another port
            }
        }
        throw new IllegalStateException("no free loopback port between 10000 and 32767");
    }
}
