package org.collabscreen.seed;

import java.util.ArrayList;
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

    static List<Document> of(RulebookSeedData data) {
        List<Document> documents = new ArrayList<>();
        Map<String, String> listNames = data.watchLists().stream()
                .collect(Collectors.toMap(RulebookSeedData.WatchList::code, RulebookSeedData.WatchList::name));
        Map<UUID, List<RulebookSeedData.Alias>> aliases =
                data.aliases().stream().collect(Collectors.groupingBy(RulebookSeedData.Alias::institutionId));
        Map<UUID, List<RulebookSeedData.InstitutionListing>> listings = data.listings().stream()
                .collect(Collectors.groupingBy(RulebookSeedData.InstitutionListing::institutionId));
        for (RulebookSeedData.Institution i : data.institutions()) {
            documents.add(new Document(
                    "INSTITUTION",
                    i.id().toString(),
                    i.name(),
                    object(
                            "id",
                            i.id().toString(),
                            "name",
                            i.name(),
                            "country",
                            i.country(),
                            "parentId",
                            text(i.parentId()),
                            "aliases",
                            sorted(aliases.getOrDefault(i.id(), List.of()), RulebookSeedData.Alias::alias),
                            "listings",
                            listings.getOrDefault(i.id(), List.of()).stream()
                                    .sorted(Comparator.comparing(
                                                    RulebookSeedData.InstitutionListing::listCode, CODE_POINT_ORDER)
                                            .thenComparing(
                                                    RulebookSeedData.InstitutionListing::nameAsListed,
                                                    CODE_POINT_ORDER))
                                    .map(l -> listing(l, listNames.get(l.listCode())))
                                    .toList())));
        }
        Map<String, List<RulebookSeedData.Keyword>> keywords =
                data.keywords().stream().collect(Collectors.groupingBy(RulebookSeedData.Keyword::categoryCode));
        for (RulebookSeedData.Category c : data.categories()) {
            documents.add(new Document(
                    "TECHNOLOGY_CATEGORY",
                    c.code(),
                    c.code(),
                    object(
                            "code",
                            c.code(),
                            "name",
                            c.name(),
                            "parentCode",
                            c.parentCode(),
                            "points",
                            c.points(),
                            "keywords",
                            sorted(keywords.getOrDefault(c.code(), List.of()), RulebookSeedData.Keyword::keyword),
                            "controlListRefs",
                            c.controlListRefs(),
                            "source",
                            source(c.sourceName(), c.sourceUrl(), null))));
        }
        Map<UUID, List<RulebookSeedData.ProgrammeAlias>> programmeAliases = data.programmeAliases().stream()
                .collect(Collectors.groupingBy(RulebookSeedData.ProgrammeAlias::programmeId));
        for (RulebookSeedData.Programme p : data.programmes()) {
            documents.add(new Document(
                    "TALENT_PROGRAMME",
                    p.id().toString(),
                    p.code(),
                    object(
                            "id",
                            p.id().toString(),
                            "code",
                            p.code(),
                            "name",
                            p.name(),
                            "parentId",
                            text(p.parentId()),
                            "country",
                            p.country(),
                            "aliases",
                            sorted(
                                    programmeAliases.getOrDefault(p.id(), List.of()),
                                    RulebookSeedData.ProgrammeAlias::alias),
                            "source",
                            source(p.sourceName(), p.sourceUrl(), p.dod1286Editions()))));
        }
        Map<String, List<RulebookSeedData.CountryDesignation>> designations = data.designations().stream()
                .collect(Collectors.groupingBy(RulebookSeedData.CountryDesignation::countryCode));
        for (RulebookSeedData.Country c : data.countries()) {
            documents.add(new Document(
                    "COUNTRY",
                    c.code(),
                    c.code(),
                    object(
                            "code",
                            c.code(),
                            "name",
                            c.name(),
                            "designations",
                            designations.getOrDefault(c.code(), List.of()).stream()
                                    .sorted(Comparator.comparing(
                                            RulebookSeedData.CountryDesignation::basis, CODE_POINT_ORDER))
                                    .map(d -> object(
                                            "basis", d.basis(), "source", source(d.sourceName(), d.sourceUrl(), null)))
                                    .toList())));
        }
        documents.add(new Document("SCORING_POLICY", "default", "default", policy(data)));
        return List.copyOf(documents);
    }

    private static Map<String, Object> listing(RulebookSeedData.InstitutionListing l, String listName) {
        return object(
                "listCode",
                l.listCode(),
                "listName",
                listName,
                "current",
                "CURRENT".equals(l.status()),
                "rating",
                l.rating(),
                "editions",
                l.editions(),
                "nameAsListed",
                l.nameAsListed(),
                "source",
                source(l.sourceName(), l.sourceUrl(), l.editionDate()));
    }

    private static Map<String, Object> policy(RulebookSeedData data) {
        Map<String, Object> parameters = new TreeMap<>();
        Map<String, Object> parameterSources = new TreeMap<>();
        for (RulebookSeedData.Parameter p : data.parameters()) {
            parameters.put(p.key(), p.value());
            if (p.sourceName() != null) {
                parameterSources.put(p.key(), source(p.sourceName(), p.sourceUrl(), null));
            }
        }
        List<Map<String, Object>> rules = data.combinationRules().stream()
                .sorted(Comparator.comparing(RulebookSeedData.CombinationRule::code, CODE_POINT_ORDER))
                .map(r -> object(
                        "code",
                        r.code(),
                        "riskType",
                        r.riskType(),
                        "requires",
                        List.of(r.requires().split(",")).stream()
                                .map(String::strip)
                                .toList(),
                        "raisesTo",
                        r.raisesTo(),
                        "description",
                        r.description(),
                        "source",
                        source(r.sourceName(), r.sourceUrl(), null)))
                .toList();
        Map<String, Object> mitigations = new TreeMap<>();
        data.mitigations().stream()
                .sorted(Comparator.comparingInt(RulebookSeedData.Mitigation::position))
                .forEach(m -> listIn(mitigations, m.findingKind())
                        .add(object(
                                "findingKind",
                                m.findingKind(),
                                "text",
                                m.text(),
                                "source",
                                source(m.sourceName(), m.sourceUrl(), null))));
        return object(
                "parameters",
                parameters,
                "parameterSources",
                parameterSources,
                "combinationRules",
                rules,
                "mitigations",
                mitigations);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listIn(Map<String, Object> map, String key) {
        return (List<Object>) map.computeIfAbsent(key, k -> new ArrayList<>());
    }

    private static Map<String, Object> source(String name, String url, String date) {
        return object("name", name, "url", url, "date", date);
    }

    private static <T> List<String> sorted(List<T> rows, Function<T, String> text) {
        return rows.stream().map(text).sorted(CODE_POINT_ORDER).toList();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    /** A JSON object that keeps null members, like jsonb_build_object. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
