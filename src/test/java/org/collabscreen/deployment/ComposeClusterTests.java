package org.collabscreen.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml as its two profiles need it (scripts/validate-deployment checks it against the Compose schema):
 * the single instance stays the default, and the cluster is three production-mode instances behind nginx, each
 * healthy only when its readiness group says so.
 */
class ComposeClusterTests {

    private final Map<String, Object> services =
            child(KubernetesManifests.read(Path.of("docker-compose.yml")).get(0), "services");

    @Test
    void withoutAProfileComposeStartsTheSingleInstanceAsBefore() throws IOException {
        assertThat(Files.readAllLines(Path.of(".env"))).contains("COMPOSE_PROFILES=single");
        assertThat(child(services, "app"))
                .containsEntry("profiles", List.of("single"))
                .containsEntry("ports", List.of("8080:8080"));
        assertThat(child(services, "postgres")).doesNotContainKey("profiles");
    }

    @Test
    void theClusterIsThreeProductionInstancesBehindNginx() throws IOException {
        Map<String, Object> cluster = child(services, "cluster");
        Map<String, Object> environment = child(cluster, "environment");

        assertThat(cluster).containsEntry("profiles", List.of("cluster")).doesNotContainKey("ports");
        assertThat(child(cluster, "deploy")).containsEntry("replicas", 3);
        assertThat(environment)
                .containsEntry("COLLABSCREEN_PRODUCTION", "true")
                .containsEntry("MANAGEMENT_SERVER_PORT", "8081")
                .containsKeys("COLLABSCREEN_AUDIT_HMAC_KEY", "COLLABSCREEN_EVIDENCE_SIGNING_KEY");
        assertThat(child(cluster, "healthcheck").get("test").toString())
                .contains("http://localhost:8081/actuator/health/readiness");
        assertThat(child(services, "nginx"))
                .containsEntry("profiles", List.of("cluster"))
                .containsEntry("ports", List.of("8080:8080"));
        assertThat(Files.readString(Path.of("deploy/compose/nginx.conf")))
                .contains("listen 8080;", "set $instances http://cluster:8080;", "proxy_pass $instances;");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
