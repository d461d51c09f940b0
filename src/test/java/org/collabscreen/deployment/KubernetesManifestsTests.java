package org.collabscreen.deployment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes as Kubernetes would read it (every field one the API defines; scripts/validate-deployment checks
 * the JSON schemas' types and formats too), and as CollabScreen needs it: probes on Actuator's probe groups on the
 * management port, production mode, the secrets every instance must share.
 */
class KubernetesManifestsTests {

    @Test
    void everyObjectUsesOnlyFieldsTheKubernetesApiDefines() {
        List<Map<String, Object>> objects = KubernetesManifests.all();

        assertThat(objects)
                .extracting(object -> object.get("kind"))
                .containsExactlyInAnyOrder(
                        "ConfigMap",
                        "Deployment",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "Secret",
                        "Service");
        SoftAssertions softly = new SoftAssertions();
        objects.forEach(object -> softly.assertThat(KubernetesManifests.problem(object))
                .as("%s %s", object.get("kind"), name(object))
                .isEmpty());
        softly.assertAll();
    }

    @Test
    void aMisspelledFieldIsRefused() {
        Map<String, Object> deployment = KubernetesManifests.of("Deployment");
        Map<String, Object> container = new HashMap<>(containers(deployment).get(0));
        container.put("readinesProbe", container.remove("readinessProbe"));
        Map<String, Object> podSpec = new HashMap<>(podSpec(deployment));
        podSpec.put("containers", List.of(container));
        Map<String, Object> template = new HashMap<>(child(child(deployment, "spec"), "template"));
        template.put("spec", podSpec);
        Map<String, Object> spec = new HashMap<>(child(deployment, "spec"));
        spec.put("template", template);
        Map<String, Object> misspelled = new HashMap<>(deployment);
        misspelled.put("spec", spec);

        assertThat(KubernetesManifests.problem(misspelled)).contains("readinesProbe");
    }

    @Test
    void probesUseActuatorProbeGroupsOnTheManagementPort() {
        Map<String, Object> container =
                containers(KubernetesManifests.of("Deployment")).get(0);
        String managementPort =
                (String) child(KubernetesManifests.of("ConfigMap"), "data").get("MANAGEMENT_SERVER_PORT");

        assertThat(child(child(container, "readinessProbe"), "httpGet"))
                .containsEntry("path", "/actuator/health/readiness")
                .containsEntry("port", "management");
        assertThat(child(child(container, "livenessProbe"), "httpGet"))
                .containsEntry("path", "/actuator/health/liveness")
                .containsEntry("port", "management");
        assertThat(list(container, "ports"))
                .contains(Map.of("name", "management", "containerPort", Integer.parseInt(managementPort)));
        assertThat(list(child(KubernetesManifests.of("Service"), "spec"), "ports"))
                .extracting(port -> port.get("targetPort"))
                .containsExactly("http");
    }

    @Test
    void instancesRunInProductionModeWithTheSecretsTheyMustShare() {
        assertThat(KubernetesManifests.of("Deployment"))
                .extracting(deployment -> child(deployment, "spec").get("replicas"))
                .isEqualTo(3);
        assertThat(child(KubernetesManifests.of("ConfigMap"), "data")).containsEntry("COLLABSCREEN_PRODUCTION", "true");
        assertThat(child(KubernetesManifests.of("Secret"), "stringData"))
                .containsKeys(
                        "SPRING_DATASOURCE_URL",
                        "SPRING_DATASOURCE_USERNAME",
                        "SPRING_DATASOURCE_PASSWORD",
                        "COLLABSCREEN_ADMIN_API_KEY",
                        "COLLABSCREEN_AUDIT_HMAC_KEY",
                        "COLLABSCREEN_EVIDENCE_SIGNING_KEY");
        assertThat(list(podSpec(KubernetesManifests.of("Deployment")), "containers")
                        .get(0)
                        .toString())
                .contains("configMapRef", "secretRef");
    }

    private static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return child(child(child(deployment, "spec"), "template"), "spec");
    }

    private static List<Map<String, Object>> containers(Map<String, Object> deployment) {
        return list(podSpec(deployment), "containers");
    }

    private static Object name(Map<String, Object> object) {
        return child(object, "metadata").get("name");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }
}
