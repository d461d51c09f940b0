package org.collabscreen.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seed as rule documents of the rulebook's first revision, in the JSON shape of the rulebook's rule records
 * (InstitutionRule, TechnologyCategoryRule, TalentProgrammeRule, CountryRule, ScoringPolicy).
 */
final class SeedDocuments {

    /** Code-point order, the order of a PostgreSQL "C" collation, so the documents do not depend on the locale. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private SeedDocuments() {}

    /** One rule document: its kind (a rulebook RuleKind name), key, sort key and JSON content. */
    record Document(String kind, String ruleKey, String sortKey, Map<String, Object> content) {}

    /**
     * A JSON object whose members keep the order they were added in and keep null values, like jsonb_build_object:
     * the seed's fingerprint covers the JSON text, member order included.
     */
    private static final class JsonObject extends LinkedHashMap<String, Object> {

        JsonObject with(String key, Object value) {
            put(key, value);
            return this;
        }
    }

    static List<Document> of(RulebookSeedData data) {
        List<Document> documents = new ArrayList<>();
        documents.addAll(institutions(data));
        documents.addAll(categories(data));
        documents.addAll(programmes(data));
        documents.addAll(countries(data));
        documents.add(new Document("SCORING_POLICY", "default", "default", policy(data)));
        return List.copyOf(documents);
    }

    private static List<Document> institutions(RulebookSeedData data) {
        Map<String, String> listNames = data.watchLists().stream()
                .collect(Collectors.toMap(RulebookSeedData.WatchList::code, RulebookSeedData.WatchList::name));
        Map<UUID, List<RulebookSeedData.Alias>> aliases =
                data.aliases().stream().collect(Collectors.groupingBy(RulebookSeedData.Alias::institutionId));
        Map<UUID, List<RulebookSeedData.InstitutionListing>> listings = data.listings().stream()
                .collect(Collectors.groupingBy(RulebookSeedData.InstitutionListing::institutionId));
        Comparator<RulebookSeedData.InstitutionListing> listingOrder = Comparator.comparing(
                        RulebookSeedData.InstitutionListing::listCode, CODE_POINT_ORDER)
                .thenComparing(RulebookSeedData.InstitutionListing::nameAsListed, CODE_POINT_ORDER);
        List<Document> documents = new ArrayList<>();
        for (RulebookSeedData.Institution i : data.institutions()) {
            List<JsonObject> memberships = listings.getOrDefault(i.id(), List.of()).stream()
                    .sorted(listingOrder)
                    .map(l -> listing(l, listNames.get(l.listCode())))
                    .toList();
            JsonObject content = new JsonObject()
                    .with("id", i.id().toString())
                    .with("name", i.name())
                    .with("country", i.country())
                    .with("parentId", text(i.parentId()))
                    .with("aliases", sorted(aliases.getOrDefault(i.id(), List.of()), RulebookSeedData.Alias::alias))
                    .with("listings", memberships);
            documents.add(new Document("INSTITUTION", i.id().toString(), i.name(), content));
        }
        return documents;
    }

    private static JsonObject listing(RulebookSeedData.InstitutionListing l, String listName) {
        return new JsonObject()
                .with("listCode", l.listCode())
                .with("listName", listName)
                .with("current", "CURRENT".equals(l.status()))
                .with("rating", l.rating())
                .with("editions", l.editions())
                .with("nameAsListed", l.nameAsListed())
                .with("source", source(l.sourceName(), l.sourceUrl(), l.editionDate()));
    }

    private static List<Document> categories(RulebookSeedData data) {
        Map<String, List<RulebookSeedData.Keyword>> keywords =
                data.keywords().stream().collect(Collectors.groupingBy(RulebookSeedData.Keyword::categoryCode));
        List<Document> documents = new ArrayList<>();
        for (RulebookSeedData.Category c : data.categories()) {
            List<String> words = sorted(keywords.getOrDefault(c.code(), List.of()), RulebookSeedData.Keyword::keyword);
            JsonObject content = new JsonObject()
                    .with("code", c.code())
                    .with("name", c.name())
                    .with("parentCode", c.parentCode())
                    .with("points", c.points())
                    .with("keywords", words)
                    .with("controlListRefs", c.controlListRefs())
                    .with("source", source(c.sourceName(), c.sourceUrl(), null));
            documents.add(new Document("TECHNOLOGY_CATEGORY", c.code(), c.code(), content));
        }
        return documents;
    }

    private static List<Document> programmes(RulebookSeedData data) {
        Map<UUID, List<RulebookSeedData.ProgrammeAlias>> aliases = data.programmeAliases().stream()
                .collect(Collectors.groupingBy(RulebookSeedData.ProgrammeAlias::programmeId));
        List<Document> documents = new ArrayList<>();
        for (RulebookSeedData.Programme p : data.programmes()) {
            List<String> names =
                    sorted(aliases.getOrDefault(p.id(), List.of()), RulebookSeedData.ProgrammeAlias::alias);
            JsonObject content = new JsonObject()
                    .with("id", p.id().toString())
                    .with("code", p.code())
                    .with("name", p.name())
                    .with("parentId", text(p.parentId()))
                    .with("country", p.country())
                    .with("aliases", names)
                    .with("source", source(p.sourceName(), p.sourceUrl(), p.dod1286Editions()));
            documents.add(new Document("TALENT_PROGRAMME", p.id().toString(), p.code(), content));
        }
        return documents;
    }

    private static List<Document> countries(RulebookSeedData data) {
        Map<String, List<RulebookSeedData.CountryDesignation>> designations = data.designations().stream()
                .collect(Collectors.groupingBy(RulebookSeedData.CountryDesignation::countryCode));
        List<Document> documents = new ArrayList<>();
        for (RulebookSeedData.Country c : data.countries()) {
            List<JsonObject> bases = designations.getOrDefault(c.code(), List.of()).stream()
                    .sorted(Comparator.comparing(RulebookSeedData.CountryDesignation::basis, CODE_POINT_ORDER))
                    .map(d -> new JsonObject()
                            .with("basis", d.basis())
                            .with("source", source(d.sourceName(), d.sourceUrl(), null)))
                    .toList();
            JsonObject content = new JsonObject()
                    .with("code", c.code())
                    .with("name", c.name())
                    .with("designations", bases);
            documents.add(new Document("COUNTRY", c.code(), c.code(), content));
        }
        return documents;
    }

    private static JsonObject policy(RulebookSeedData data) {
        Map<String, Object> parameters = new TreeMap<>();
        Map<String, Object> parameterSources = new TreeMap<>();
        for (RulebookSeedData.Parameter p : data.parameters()) {
            parameters.put(p.key(), p.value());
            if (p.sourceName() != null) {
                parameterSources.put(p.key(), source(p.sourceName(), p.sourceUrl(), null));
            }
        }
        List<JsonObject> rules = data.combinationRules().stream()
                .sorted(Comparator.comparing(RulebookSeedData.CombinationRule::code, CODE_POINT_ORDER))
                .map(SeedDocuments::combinationRule)
                .toList();
        Map<String, List<JsonObject>> mitigations = new TreeMap<>();
        data.mitigations().stream()
                .sorted(Comparator.comparingInt(RulebookSeedData.Mitigation::position))
                .forEach(m -> mitigations
                        .computeIfAbsent(m.findingKind(), kind -> new ArrayList<>())
                        .add(new JsonObject()
                                .with("findingKind", m.findingKind())
                                .with("text", m.text())
                                .with("source", source(m.sourceName(), m.sourceUrl(), null))));
        return new JsonObject()
                .with("parameters", parameters)
                .with("parameterSources", parameterSources)
                .with("combinationRules", rules)
                .with("mitigations", mitigations);
    }

    private static JsonObject combinationRule(RulebookSeedData.CombinationRule r) {
        List<String> requires =
                Arrays.stream(r.requires().split(",")).map(String::strip).toList();
        return new JsonObject()
                .with("code", r.code())
                .with("riskType", r.riskType())
                .with("requires", requires)
                .with("raisesTo", r.raisesTo())
                .with("description", r.description())
                .with("source", source(r.sourceName(), r.sourceUrl(), null));
    }

    private static JsonObject source(String name, String url, String date) {
        return new JsonObject().with("name", name).with("url", url).with("date", date);
    }

    private static <T> List<String> sorted(List<T> rows, Function<T, String> text) {
        return rows.stream().map(text).sorted(CODE_POINT_ORDER).toList();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
