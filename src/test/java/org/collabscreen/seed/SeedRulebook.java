package org.collabscreen.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.collabscreen.rulebook.CountryRule;
import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.ScoringPolicy;
import org.collabscreen.rulebook.TalentProgrammeRule;
import org.collabscreen.rulebook.TechnologyCategoryRule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rulebook exactly as a fresh installation serves it, built in memory for unit tests: the V2 migration's rule
 * documents with V23's institution merges applied by the same code, read into the rulebook's rule records the way the
 * running service reads them from rule_version, so a test rulebook cannot drift from the seeded one.
 */
public final class SeedRulebook {

    /** The changed_at of the in-memory revision 1 (the migration uses the time it ran). */
    public static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RulebookSeedData DATA = RulebookSeed.load();
    private static final List<SeedDocuments.Document> DOCUMENTS = SeedDocuments.of(DATA).stream()
            .sorted(Comparator.comparing(SeedDocuments.Document::sortKey, SeedDocuments.CODE_POINT_ORDER)
                    .thenComparing(SeedDocuments.Document::ruleKey, SeedDocuments.CODE_POINT_ORDER))
            .toList();
    private static final List<InstitutionRule> INSTITUTIONS = institutionsAfterMerges();
    private static final List<TechnologyCategoryRule> CATEGORIES =
            rules("TECHNOLOGY_CATEGORY", TechnologyCategoryRule.class);
    private static final List<TalentProgrammeRule> PROGRAMMES = rules("TALENT_PROGRAMME", TalentProgrammeRule.class);
    private static final List<CountryRule> COUNTRIES = rules("COUNTRY", CountryRule.class);
    private static final ScoringPolicy POLICY =
            rules("SCORING_POLICY", ScoringPolicy.class).get(0);
    private static final RulebookSnapshot SNAPSHOT = snapshot(UnaryOperator.identity());
    private static final List<FrameworkEditionRule> FRAMEWORK_EDITIONS = frameworkEditions();
    private static final RulebookSnapshot WITH_FRAMEWORKS = new RulebookSnapshot(
            2, SEEDED_AT, INSTITUTIONS, CATEGORIES, PROGRAMMES, COUNTRIES, POLICY, FRAMEWORK_EDITIONS);

    private SeedRulebook() {}

    /** The seeded rulebook (shared: snapshots are immutable). */
    public static RulebookSnapshot snapshot() {
        return SNAPSHOT;
    }

    /** The seeded rulebook with its scoring policy changed, e.g. to try another threshold. */
    public static RulebookSnapshot snapshot(UnaryOperator<ScoringPolicy> policyChange) {
        return new RulebookSnapshot(
                1, SEEDED_AT, INSTITUTIONS, CATEGORIES, PROGRAMMES, COUNTRIES, policyChange.apply(POLICY));
    }

    /** The seeded rulebook with the framework editions V17 adds (revision 2 of a fresh installation). */
    public static RulebookSnapshot withFrameworks() {
        return WITH_FRAMEWORKS;
    }

    /** The framework editions as V17 seeds them, read from the same file, in the service's order. */
    public static List<FrameworkEditionRule> frameworkEditions() {
        try (InputStream in =
                SeedRulebook.class.getClassLoader().getResourceAsStream(V17__rulebook_framework_editions.FILE)) {
            return List.of(JSON.readValue(in, FrameworkEditionRule[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seeded scoring policy. */
    public static ScoringPolicy policy() {
        return POLICY;
    }

    /** The seeded policy with some parameters replaced. */
    public static ScoringPolicy policy(Map<String, Integer> overrides) {
        ScoringPolicy seeded = policy();
        Map<String, Integer> parameters = new HashMap<>(seeded.parameters());
        parameters.putAll(overrides);
        return new ScoringPolicy(
                parameters, seeded.parameterSources(), seeded.combinationRules(), seeded.mitigations());
    }

    /** The seeded institutions, in the order the service lists them. */
    public static List<InstitutionRule> institutions() {
        return INSTITUTIONS;
    }

    /**
     * A fingerprint of everything the V2 migration writes (the lists and the conversion code together); the Flyway
     * checksum of V2 covers only the list files.
     */
    public static int contentChecksum() {
        return SeedWriter.checksum(DATA);
    }

    private static List<InstitutionRule> institutionsAfterMerges() {
        Map<String, ObjectNode> seeded = new LinkedHashMap<>();
        DOCUMENTS.stream()
                .filter(d -> d.kind().equals("INSTITUTION"))
                .forEach(
                        d -> seeded.put(d.ruleKey(), (ObjectNode) JSON.readTree(JSON.writeValueAsString(d.content()))));
        return V23__rulebook_institution_merges.consolidate(seeded).current().values().stream()
                .map(document -> JSON.treeToValue(document, InstitutionRule.class))
                .toList();
    }

    private static <T> List<T> rules(String kind, Class<T> type) {
        return DOCUMENTS.stream()
                .filter(d -> d.kind().equals(kind))
                .map(d -> JSON.readValue(JSON.writeValueAsString(d.content()), type))
                .toList();
    }
}
