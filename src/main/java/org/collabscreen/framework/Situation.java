package org.collabscreen.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.collabscreen.rulebook.CategoryMatch;
import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.ProgrammeMatch;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.vocabulary.PolicyKey;

/** The facts of one proposal against one rulebook snapshot, with the look-ups every framework shares. */
final class Situation {

    private final FrameworkFacts facts;
    private final RulebookSnapshot rulebook;
    private final Map<List<String>, Optional<InstitutionMatch>> institutions = new HashMap<>();
    private final Map<String, Optional<ProgrammeMatch>> programmes = new HashMap<>();
    private List<TechnologyHit> technology;

    Situation(FrameworkFacts facts, RulebookSnapshot rulebook) {
        this.facts = facts;
        this.rulebook = rulebook;
    }

    FrameworkFacts facts() {
        return facts;
    }

    RulebookSnapshot rulebook() {
        return rulebook;
    }

    /** What a name resolves to; each name is resolved once per proposal, however many frameworks ask. */
    Optional<InstitutionMatch> resolve(String name, String country) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return institutions.computeIfAbsent(
                Arrays.asList(name, country), key -> rulebook.resolveInstitution(name, country));
    }

    Optional<ProgrammeMatch> resolveProgramme(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return programmes.computeIfAbsent(name, rulebook::resolveProgramme);
    }

    /** The institution and its parent organisations, nearest first. */
    List<InstitutionRule> selfAndAncestors(InstitutionRule institution) {
        List<InstitutionRule> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        InstitutionRule current = institution;
        while (current != null && seen.add(current.id())) {
            chain.add(current);
            current = current.parentId() == null
                    ? null
                    : rulebook.institution(current.parentId()).orElse(null);
        }
        return chain;
    }

    /** The sensitive technology categories the research text is classified into, strongest per category. */
    List<TechnologyHit> technology() {
        if (technology == null) {
            double minConfidence = rulebook.policy().value(PolicyKey.MIN_TECHNOLOGY_CONFIDENCE) / 100.0;
            Map<String, TechnologyHit> best = new LinkedHashMap<>();
            classify("technologyArea", facts.technologyArea(), minConfidence, best);
            classify("title", facts.title(), minConfidence, best);
            classify("description", facts.description(), minConfidence, best);
            technology = List.copyOf(best.values());
        }
        return technology;
    }

    /** The research text as one string, for classifiers of a framework's own areas. */
    String researchText() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {facts.technologyArea(), facts.title(), facts.description()}) {
            if (part != null && !part.isBlank()) {
                text.append(part).append(". ");
            }
        }
        return text.toString();
    }

    private void classify(String field, String text, double minConfidence, Map<String, TechnologyHit> best) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (CategoryMatch match : rulebook.classify(text)) {
            if (match.score() >= minConfidence) {
                best.merge(
                        match.category().code(),
                        new TechnologyHit(field, text, match),
                        (kept, candidate) ->
                                candidate.match().score() > kept.match().score() ? candidate : kept);
            }
        }
    }

    /** A technology category found in one field of the research text. */
    record TechnologyHit(String field, String text, CategoryMatch match) {

        String code() {
            return match.category().code();
        }

        /** The category and its parent's code, so a sub-category counts for its family too. */
        List<String> codes() {
            String parent = match.category().parentCode();
            return parent == null ? List.of(code()) : List.of(code(), parent);
        }

        String ruleId() {
            return "technology-category/" + code();
        }
    }
}
