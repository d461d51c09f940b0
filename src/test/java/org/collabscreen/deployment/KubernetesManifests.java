package org.collabscreen.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import org.yaml.snakeyaml.Yaml;

/**
 * The objects in {@code deploy/kubernetes/}, and their check against the Kubernetes API's types, which are generated
 * from its OpenAPI document: a field the type does not define, a required field missing or a string where an object
 * belongs is an error naming it.
 */
final class KubernetesManifests {

    static final Path FOLDER = Path.of("deploy/kubernetes");

    private static final Gson GSON = new Gson();

    /** The kinds deploy/kubernetes uses, by {@code apiVersion/kind}, with their type's check. */
    private static final Map<String, Check> CHECKS = Map.of(
            "v1/ConfigMap", V1ConfigMap::validateJsonElement,
            "v1/Secret", V1Secret::validateJsonElement,
            "v1/Service", V1Service::validateJsonElement,
            "apps/v1/Deployment", V1Deployment::validateJsonElement,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement);

    private interface Check {
        void validate(JsonElement object) throws IOException;
    }

    private KubernetesManifests() {}

    /** Every object of every YAML file in the folder, as parsed. */
    static List<Map<String, Object>> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Map<String, Object>> objects = new ArrayList<>();
            files.filter(file -> file.toString().endsWith(".yaml"))
                    .sorted()
                    .forEach(file -> objects.addAll(read(file)));
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one object of that kind in the folder. */
    static Map<String, Object> of(String kind) {
        List<Map<String, Object>> found =
                all().stream().filter(object -> kind.equals(object.get("kind"))).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " objects of kind " + kind + " in " + FOLDER);
        }
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(Path file) {
        try {
            List<Map<String, Object>> objects = new ArrayList<>();
            new Yaml().loadAll(Files.readString(file)).forEach(document -> {
                if (document != null) {
                    objects.add((Map<String, Object>) document);
                }
            });
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty when the object is valid for its type, else what is wrong. */
    static String problem(Map<String, Object> object) {
        String type = object.get("apiVersion") + "/" + object.get("kind");
        Check check = CHECKS.get(type);
        if (check == null) {
            return "no check for " + type;
        }
        try {
            check.validate(GSON.toJsonTree(object));
            return "";
        } catch (IOException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
