package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges duplicate INSTITUTION documents into the entry that survives and links units to their parent group, in
 * memory (and gives entries further names), on the current documents keyed by rule key. Every row names its entries by exact current name and country;
 * a name that matches no entry, or several, fails, so a typo cannot silently skip a row.
 */
final class InstitutionConsolidation {

    /** One merge: the duplicate's names and listings move to the survivor, and the duplicate is retired. */
    record Merge(String survivor, String survivorCountry, String duplicate, String duplicateCountry) {}

    /** One link: the unit, which has no parent yet, becomes a unit of the parent. */
    record Link(String unit, String unitCountry, String parent, String parentCountry) {}

    /** One further name of an entry, e.g. its native name or the name it took when renamed. */
    record Alias(String entry, String entryCountry, String alias) {}

    private final Map<String, ObjectNode> documents = new LinkedHashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Map<String, ObjectNode> retired = new LinkedHashMap<>();

    /** @param current the current, not retired, institution documents by rule key */
    InstitutionConsolidation(Map<String, ObjectNode> current) {
        current.forEach((key, document) -> documents.put(key, document.deepCopy()));
    }

    void merge(Merge merge) {
        String survivorKey = find(merge.survivor(), merge.survivorCountry());
        String duplicateKey = find(merge.duplicate(), merge.duplicateCountry());
        if (survivorKey.equals(duplicateKey)) {
            throw new IllegalStateException("Merge of " + merge.survivor() + " into itself");
        }
        ObjectNode survivor = documents.get(survivorKey);
        ObjectNode duplicate = documents.remove(duplicateKey);
        List<String> names = new ArrayList<>(strings(survivor.get("aliases")));
        names.add(duplicate.get("name").asString());
        names.addAll(strings(duplicate.get("aliases")));
        survivor.set("aliases", aliases(survivor.get("name").asString(), names));
        List<JsonNode> listings = new ArrayList<>();
        survivor.get("listings").forEach(listings::add);
        duplicate.get("listings").forEach(listings::add);
        listings.sort(Comparator.comparing((JsonNode l) -> text(l, "listCode"), SeedDocuments.CODE_POINT_ORDER)
                .thenComparing(l -> text(l, "nameAsListed"), SeedDocuments.CODE_POINT_ORDER));
        survivor.set("listings", JsonNodeFactory.instance.arrayNode().addAll(listings));
        String survivorId = survivor.get("id").asString();
        String inherited = text(duplicate, "parentId");
        if (text(survivor, "parentId").isEmpty() && !inherited.isEmpty() && !inherited.equals(survivorId)) {
            survivor.put("parentId", inherited);
        }
        changed.add(survivorKey);
        retired.put(duplicateKey, duplicate);
        String duplicateId = duplicate.get("id").asString();
        documents.forEach((key, document) -> {
            if (duplicateId.equals(text(document, "parentId"))) {
                document.put("parentId", survivorId);
                changed.add(key);
            }
        });
    }

    void link(Link link) {
        String unitKey = find(link.unit(), link.unitCountry());
        String parentKey = find(link.parent(), link.parentCountry());
        ObjectNode unit = documents.get(unitKey);
        if (unitKey.equals(parentKey) || !text(unit, "parentId").isEmpty()) {
            throw new IllegalStateException(link.unit() + " already has a parent, or is the parent named for it");
        }
        unit.put("parentId", documents.get(parentKey).get("id").asString());
        changed.add(unitKey);
    }

    void alias(Alias alias) {
        String key = find(alias.entry(), alias.entryCountry());
        ObjectNode entry = documents.get(key);
        List<String> names = new ArrayList<>(strings(entry.get("aliases")));
        names.add(alias.alias());
        entry.set("aliases", aliases(entry.get("name").asString(), names));
        changed.add(key);
    }

    /** The new documents of the entries that changed and survive, by rule key. */
    Map<String, ObjectNode> changed() {
        Map<String, ObjectNode> result = new LinkedHashMap<>();
        changed.stream().filter(documents::containsKey).forEach(key -> result.put(key, documents.get(key)));
        return result;
    }

    /** Every institution after the changes, retired ones left out, by rule key in the order they were given. */
    Map<String, ObjectNode> current() {
        return documents;
    }

    /** The entries merged into another, by rule key, with their last document. */
    Map<String, ObjectNode> retired() {
        return retired;
    }

    private String find(String name, String country) {
        List<String> keys = documents.entrySet().stream()
                .filter(e -> name.equals(text(e.getValue(), "name"))
                        && Objects.equals(country, text(e.getValue(), "country")))
                .map(Map.Entry::getKey)
                .toList();
        if (keys.size() != 1) {
            throw new IllegalStateException(
                    keys.size() + " current institutions are named '" + name + "' (" + country + "); expected one");
        }
        return keys.get(0);
    }

    private static ArrayNode aliases(String name, List<String> names) {
        Set<String> seen = new LinkedHashSet<>(List.of(key(name)));
        List<String> kept = names.stream()
                .filter(n -> seen.add(key(n)))
                .sorted(SeedDocuments.CODE_POINT_ORDER)
                .toList();
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        kept.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
