package org.collabscreen.rulebook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.PolicyKey;

/**
 * Weights, thresholds, combination rules and mitigations, as stored in the rulebook.
 *
 * @param parameters       named integer parameters (points, caps, thresholds, percentages), see the seed
 * @param parameterSources the public source of each parameter that has one
 * @param mitigations suggested mitigations by finding kind, in order
 */
public record ScoringPolicy(
        Map<String, Integer> parameters,
        Map<String, RuleSource> parameterSources,
        List<CombinationRule> combinationRules,
        Map<String, List<MitigationRule>> mitigations) {

    public ScoringPolicy {
        parameters = Map.copyOf(parameters);
        parameterSources = Map.copyOf(parameterSources);
        combinationRules = List.copyOf(combinationRules);
        mitigations = Map.copyOf(mitigations);
    }

    /** The value of a parameter; a missing one is a broken rulebook, not bad input. */
    public int value(PolicyKey key) {
        Integer value = parameters.get(key.name());
        if (value == null) {
            throw new IllegalStateException("Scoring parameter " + key + " is missing from the rulebook");
        }
        return value;
    }

    /** The value of a parameter keyed by data, such as the points of a list ({@link PolicyKey#listing}); else 0. */
    public int valueOrZero(String key) {
        return parameters.getOrDefault(key, 0);
    }

    public Optional<RuleSource> sourceOf(PolicyKey key) {
        return Optional.ofNullable(parameterSources.get(key.name()));
    }

    public List<MitigationRule> mitigationsFor(FindingKind findingKind) {
        return mitigations.getOrDefault(findingKind.name(), List.of());
    }
}
