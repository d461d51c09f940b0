package org.collabscreen.screening.engine;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collabscreen.screening.Finding;
import org.collabscreen.vocabulary.CombinationFactor;

/**
 * Findings and factors collected while one proposal is screened. Each rule keeps its strongest finding, so adding
 * input can only raise a rule's points, never lower them.
 */
final class Evaluation {

    private final Map<String, Finding> findingsByRule = new LinkedHashMap<>();
    private final Set<CombinationFactor> factors = EnumSet.noneOf(CombinationFactor.class);

    void add(Finding finding) {
        findingsByRule.merge(
                finding.ruleId(), finding, (kept, candidate) -> candidate.points() > kept.points() ? candidate : kept);
    }

    void addFactor(CombinationFactor factor) {
        factors.add(factor);
    }

    List<Finding> findings() {
        return List.copyOf(findingsByRule.values());
    }

    Set<CombinationFactor> factors() {
        return factors;
    }
}
