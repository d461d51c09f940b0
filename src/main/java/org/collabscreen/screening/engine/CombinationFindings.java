package org.collabscreen.screening.engine;

import java.util.List;

import org.collabscreen.rulebook.CombinationRule;
import org.collabscreen.screening.Finding;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.RiskType;

/** Findings for combination rules that fired. */
final class CombinationFindings {

    private CombinationFindings() {}

    static Finding of(RiskType riskType, CombinationRule rule, int points) {
        return new Finding(
                riskType,
                FindingKind.COMBINATION,
                "combination-rule/" + rule.code(),
                rule.description(),
                points,
                null,
                String.join(
                        " + ", rule.requires().stream().map(Enum::name).sorted().toList()),
                null,
                1.0,
                List.of(Sources.of(rule.source())));
    }
}
