package org.collabscreen.screening.engine;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.collabscreen.screening.Finding;
import org.collabscreen.screening.FindingKeys;
import org.collabscreen.vocabulary.CombinationFactor;

/**
 * Findings and factors collected while one proposal is screened. Each rule keeps its strongest finding, so adding
 * input can only raise a rule's points, never lower them. A finding a reviewer dismissed (by rule and field) is set
 * aside, and so is the factor its collector adds right after it: a dismissed match neither scores nor combines.
 */
final class Evaluation {

    private final Map<String, Finding> findingsByRule = new LinkedHashMap<>();
    private final Set<CombinationFactor> factors = EnumSet.noneOf(CombinationFactor.class);
    private final Set<String> dismissedKeys;
    private boolean lastDismissed;

    Evaluation(Set<String> dismissedKeys) {
        this.dismissedKeys = dismissedKeys;
    }

    void add(Finding finding) {
        lastDismissed = !dismissedKeys.isEmpty() && dismissedKeys.contains(FindingKeys.of(finding));
        if (lastDismissed) {
            return;
        }
        findingsByRule.merge(
                finding.ruleId(), finding, (kept, candidate) -> candidate.points() > kept.points() ? candidate : kept);
    }

    /** A factor of the finding added just before; none when that finding was dismissed. */
    void addFactor(CombinationFactor factor) {
        if (!lastDismissed) {
            factors.add(factor);
        }
    }

    List<Finding> findings() {
        return List.copyOf(findingsByRule.values());
    }

    Set<CombinationFactor> factors() {
        return factors;
    }
}
