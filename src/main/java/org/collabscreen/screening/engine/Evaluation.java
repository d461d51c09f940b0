package org.collabscreen.screening.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.collabscreen.screening.Finding;

/** Findings and factors collected while one proposal is screened; one finding per rule. */
final class Evaluation {

    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> ruleIds = new HashSet<>();
    private final Set<Factor> factors = EnumSet.noneOf(Factor.class);

    /** Adds the finding unless its rule already produced one from an earlier field. */
    boolean add(Finding finding) {
        if (!ruleIds.add(finding.ruleId())) {
            return false;
        }
        findings.add(finding);
        return true;
    }

    void addFactor(Factor factor) {
        factors.add(factor);
    }

    List<Finding> findings() {
        return findings;
    }

    Set<Factor> factors() {
        return factors;
    }
}
