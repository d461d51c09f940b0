package org.collabscreen.rulebook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collabscreen.matching.Acronyms;
import org.collabscreen.matching.Classification;
import org.collabscreen.matching.HanNamesOutsideTheirCountry;
import org.collabscreen.matching.InstitutionMatcher;
import org.collabscreen.matching.NameMatch;
import org.collabscreen.matching.TalentProgrammeMatcher;
import org.collabscreen.matching.TechnologyClassifier;
import org.collabscreen.vocabulary.PolicyKey;

/** The rulebook as it stood at one revision, compiled for matching; immutable and safe to share between threads. */
public final class RulebookSnapshot {

    /** Above any match found in one segment of an affiliation, whose city or country may name another country. */
    private static final double CROSS_COUNTRY_MIN_SCORE = 0.98;

    private final int revision;
    private final Instant changedAt;
    private final List<InstitutionRule> institutions;
    private final List<TechnologyCategoryRule> categories;
    private final List<TalentProgrammeRule> programmes;
    private final Map<String, CountryRule> countries;
    private final ScoringPolicy policy;
    private final List<FrameworkEditionRule> frameworkEditions;
    private final Map<UUID, InstitutionRule> institutionsById;
    private final Map<UUID, List<InstitutionRule>> listedSubUnits;
    private final Set<UUID> groupingNodes;
    private final Map<UUID, TalentProgrammeRule> programmesById;
    private final Map<String, TechnologyCategoryRule> categoriesByCode;
    private final InstitutionMatcher institutionMatcher;
    private final TalentProgrammeMatcher programmeMatcher;
    private final TechnologyClassifier classifier;
    /** Null on a shared snapshot; the look-ups of one screening on a view from {@link #forOneScreening()}. */
    private final ScreeningLookups lookups;

    private final MatcherTimings timings;

    public RulebookSnapshot(
            int revision,
            Instant changedAt,
            List<InstitutionRule> institutions,
            List<TechnologyCategoryRule> categories,
            List<TalentProgrammeRule> programmes,
            Collection<CountryRule> countries,
            ScoringPolicy policy) {
        this(revision, changedAt, institutions, categories, programmes, countries, policy, List.of());
    }

    public RulebookSnapshot(
            int revision,
            Instant changedAt,
            List<InstitutionRule> institutions,
            List<TechnologyCategoryRule> categories,
            List<TalentProgrammeRule> programmes,
            Collection<CountryRule> countries,
            ScoringPolicy policy,
            List<FrameworkEditionRule> frameworkEditions) {
        this.revision = revision;
        this.changedAt = changedAt;
        this.institutions = List.copyOf(institutions);
        this.categories = List.copyOf(categories);
        this.programmes = List.copyOf(programmes);
        this.countries =
                countries.stream().collect(Collectors.toUnmodifiableMap(CountryRule::code, Function.identity()));
        this.policy = policy;
        this.frameworkEditions = frameworkEditions.stream()
                .sorted(Comparator.comparing(FrameworkEditionRule::framework)
                        .thenComparing(FrameworkEditionRule::effectiveFrom))
                .toList();
        this.institutionsById = byId(this.institutions);
        this.listedSubUnits = listedSubUnitsByAncestor();
        this.groupingNodes = GroupingNodes.of(this.institutions, institutionsById);
        this.programmesById = this.programmes.stream()
                .collect(Collectors.toUnmodifiableMap(TalentProgrammeRule::id, Function.identity()));
        this.categoriesByCode = this.categories.stream()
                .collect(Collectors.toUnmodifiableMap(TechnologyCategoryRule::code, Function.identity()));
        this.institutionMatcher = new InstitutionMatcher(
                this.institutions.stream().map(InstitutionRule::toEntry).toList());
        this.programmeMatcher = new TalentProgrammeMatcher(
                this.programmes.stream().map(TalentProgrammeRule::toEntry).toList());
        this.classifier = new TechnologyClassifier(
                this.categories.stream().map(TechnologyCategoryRule::toEntry).toList());
        this.lookups = null;
        this.timings = MatcherTimings.NONE;
    }

    private RulebookSnapshot(RulebookSnapshot shared, ScreeningLookups lookups, MatcherTimings timings) {
        this.revision = shared.revision;
        this.changedAt = shared.changedAt;
        this.institutions = shared.institutions;
        this.categories = shared.categories;
        this.programmes = shared.programmes;
        this.countries = shared.countries;
        this.policy = shared.policy;
        this.frameworkEditions = shared.frameworkEditions;
        this.institutionsById = shared.institutionsById;
        this.listedSubUnits = shared.listedSubUnits;
        this.groupingNodes = shared.groupingNodes;
        this.programmesById = shared.programmesById;
        this.categoriesByCode = shared.categoriesByCode;
        this.institutionMatcher = shared.institutionMatcher;
        this.programmeMatcher = shared.programmeMatcher;
        this.classifier = shared.classifier;
        this.lookups = lookups;
        this.timings = timings;
    }

    /** The same rulebook, reporting how long each run of its matchers takes. */
    RulebookSnapshot timedBy(MatcherTimings timings) {
        return new RulebookSnapshot(this, lookups, timings);
    }

    /**
     * The same rulebook for one screening, on one thread: each name resolved and each text classified is computed
     * once, however many parts of the screening ask (the engine, then every funder framework). The answers are the
     * shared snapshot's, since matching is a pure function of the snapshot and its input.
     */
    public RulebookSnapshot forOneScreening() {
        return new RulebookSnapshot(this, new ScreeningLookups(), timings);
    }

    public int revision() {
        return revision;
    }

    /** How many names the matchers index: a measure of the snapshot's size in memory, used to bound caches of them. */
    public int names() {
        return institutions.stream().mapToInt(rule -> 1 + rule.aliases().size()).sum()
                + programmes.stream()
                        .mapToInt(rule -> 1 + rule.aliases().size())
                        .sum()
                + categories.size();
    }

    public Instant changedAt() {
        return changedAt;
    }

    public List<InstitutionRule> institutions() {
        return institutions;
    }

    public List<TechnologyCategoryRule> technologyCategories() {
        return categories;
    }

    public List<TalentProgrammeRule> talentProgrammes() {
        return programmes;
    }

    public Collection<CountryRule> countries() {
        return countries.values();
    }

    public ScoringPolicy policy() {
        return policy;
    }

    /** Every edition of every framework, by framework and then effective date. */
    public List<FrameworkEditionRule> frameworkEditions() {
        return frameworkEditions;
    }

    /** The edition of a framework in force on a date: the latest effective on or before it; empty before the first. */
    public Optional<FrameworkEditionRule> frameworkEdition(String framework, LocalDate date) {
        FrameworkEditionRule inForce = null;
        for (FrameworkEditionRule edition : frameworkEditions) {
            if (edition.framework().equals(framework)
                    && !edition.effectiveFrom().isAfter(date)) {
                inForce = edition;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** The lowest similarity (0..1) at which a name counts as a match. */
    public double minMatchScore() {
        return policy.value(PolicyKey.MIN_MATCH_CONFIDENCE) / 100.0;
    }

    /**
     * Institutions a name resolves to, best first. Matches are gated by country, except that a distinctive name
     * matching almost exactly is still reported when the declared country differs: a wrong country must not hide a
     * listed institution. Acronyms and names shared by several institutions stay gated.
     */
    public List<InstitutionMatch> matchInstitutions(String name, String country, int limit) {
        return lookups == null
                ? institutionMatches(name, country, limit)
                : lookups.institutions(name, country, limit, this::institutionMatches);
    }

    private List<InstitutionMatch> institutionMatches(String name, String country, int limit) {
        long start = System.nanoTime();
        InstitutionMatcher.CountryMatches found = institutionMatcher.matchInCountryOrAnywhere(
                name,
                country,
                minMatchScore(),
                groupingNodes.isEmpty() ? limit : limit + 1,
                HanNamesOutsideTheirCountry.MIN_SCORE,
                groupingNodes.isEmpty() ? 2 : 3);
        timings.record(MatcherTimings.Matcher.INSTITUTIONS, System.nanoTime() - start);
        List<NameMatch> matches = withoutGroupingNodes(found.inCountry());
        // one more was asked for in both lists, so that the match after a grouping node is still found
        matches = matches.size() > limit ? matches.subList(0, limit) : matches;
        if (!matches.isEmpty() || country == null) {
            List<InstitutionMatch> resolved = new ArrayList<>(matches.size());
            matches.forEach(match -> resolved.add(new InstitutionMatch(
                    institutionsById.get(match.id()), match.score(), match.matchedAlias(), match.transformations())));
            return resolved;
        }
        List<NameMatch> anywhere = withoutGroupingNodes(found.anywhere());
        if (anywhere.isEmpty() || Acronyms.isAcronym(anywhere.get(0).matchedAlias())) {
            return List.of();
        }
        NameMatch best = anywhere.get(0);
        if (best.score() < CROSS_COUNTRY_MIN_SCORE && !HanNamesOutsideTheirCountry.foundWhole(best)) {
            return List.of();
        }
        boolean ambiguous = anywhere.size() > 1 && anywhere.get(1).score() >= best.score();
        if (ambiguous) {
            return List.of();
        }
        InstitutionRule institution = institutionsById.get(best.id());
        List<String> steps = new ArrayList<>(best.transformations());
        steps.add("listed in " + institution.country() + ", outside the declared country " + country);
        return List.of(new InstitutionMatch(institution, best.score(), best.matchedAlias(), steps));
    }

    private List<NameMatch> withoutGroupingNodes(List<NameMatch> matches) {
        return groupingNodes.isEmpty() || matches.stream().noneMatch(m -> groupingNodes.contains(m.id()))
                ? matches
                : matches.stream().filter(m -> !groupingNodes.contains(m.id())).toList();
    }

    public Optional<InstitutionMatch> resolveInstitution(String name, String country) {
        return matchInstitutions(name, country, 1).stream().findFirst();
    }

    public Optional<InstitutionRule> institution(UUID id) {
        return Optional.ofNullable(institutionsById.get(id));
    }

    /** The institution's own listings, or else those of its nearest listed parent organisation. */
    public Optional<InstitutionRule> listedSelfOrAncestor(InstitutionRule institution) {
        Set<UUID> seen = new HashSet<>();
        InstitutionRule current = institution;
        while (current != null && seen.add(current.id())) {
            if (current.isListed()) {
                return Optional.of(current);
            }
            current = current.parentId() == null ? null : institutionsById.get(current.parentId());
        }
        return Optional.empty();
    }

    /** The listed sub-units of this institution, at any depth; empty when it has none. */
    public List<InstitutionRule> listedSubUnits(UUID institutionId) {
        return listedSubUnits.getOrDefault(institutionId, List.of());
    }

    public List<ProgrammeMatch> matchProgrammes(String name, int limit) {
        return lookups == null
                ? programmesNamed(name, limit)
                : lookups.programmes(name, limit, () -> programmesNamed(name, limit));
    }

    private List<ProgrammeMatch> programmesNamed(String name, int limit) {
        long start = System.nanoTime();
        List<NameMatch> found = programmeMatcher.match(name, minMatchScore(), limit);
        timings.record(MatcherTimings.Matcher.PROGRAMMES, System.nanoTime() - start);
        return programmeMatches(found);
    }

    public Optional<ProgrammeMatch> resolveProgramme(String name) {
        return matchProgrammes(name, 1).stream().findFirst();
    }

    public List<ProgrammeMatch> findProgrammesIn(String text) {
        return lookups == null ? programmesIn(text) : lookups.programmesIn(text, () -> programmesIn(text));
    }

    private List<ProgrammeMatch> programmesIn(String text) {
        long start = System.nanoTime();
        List<NameMatch> found = programmeMatcher.findIn(text);
        timings.record(MatcherTimings.Matcher.PROGRAMMES, System.nanoTime() - start);
        return programmeMatches(found);
    }

    public List<CategoryMatch> classify(String text) {
        return lookups == null ? categoryMatches(text) : lookups.categories(text, this::categoryMatches);
    }

    private List<CategoryMatch> categoryMatches(String text) {
        long start = System.nanoTime();
        List<Classification> classifications = classifier.classify(text);
        timings.record(MatcherTimings.Matcher.TECHNOLOGY, System.nanoTime() - start);
        List<CategoryMatch> matches = new ArrayList<>(classifications.size());
        classifications.forEach(found -> matches.add(new CategoryMatch(
                categoriesByCode.get(found.code()), found.score(), found.matchedTerms(), found.sources())));
        return matches;
    }

    private List<ProgrammeMatch> programmeMatches(List<NameMatch> found) {
        List<ProgrammeMatch> matches = new ArrayList<>(found.size());
        found.forEach(match -> matches.add(new ProgrammeMatch(
                programmesById.get(match.id()), match.score(), match.matchedAlias(), match.transformations())));
        return matches;
    }

    public Optional<CountryRule> countryOfConcern(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    /**
     * Institutions by id in a hash map, looked up for every match. An immutable map ({@code Map.copyOf}) probes
     * linearly, so ids that hash to neighbouring slots cluster: with ids handed out in sequence (the benchmark's
     * synthetic institutions; an import could do the same) a lookup walked tens of thousands of entries at 100,000
     * institutions, a seventh of a slow name's time. The seeded ids are name-based, so they hash at random.
     */
    private static Map<UUID, InstitutionRule> byId(List<InstitutionRule> institutions) {
        Map<UUID, InstitutionRule> byId = new HashMap<>(institutions.size() * 2);
        institutions.forEach(institution -> byId.putIfAbsent(institution.id(), institution));
        if (byId.size() != institutions.size()) {
            throw new IllegalArgumentException("two institutions share an id");
        }
        return Collections.unmodifiableMap(byId);
    }

    /** For every organisation, its listed sub-units at any depth, computed once per snapshot. */
    private Map<UUID, List<InstitutionRule>> listedSubUnitsByAncestor() {
        Map<UUID, List<InstitutionRule>> units = new HashMap<>();
        for (InstitutionRule institution : institutions) {
            if (!institution.isListed()) {
                continue;
            }
            Set<UUID> seen = new HashSet<>();
            UUID parent = institution.parentId();
            while (parent != null && seen.add(parent)) {
                units.computeIfAbsent(parent, id -> new ArrayList<>()).add(institution);
                InstitutionRule parentRule = institutionsById.get(parent);
                parent = parentRule == null ? null : parentRule.parentId();
            }
        }
        units.replaceAll((id, list) -> List.copyOf(list));
        return Map.copyOf(units);
    }
}
