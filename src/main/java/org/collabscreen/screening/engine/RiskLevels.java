package org.collabscreen.screening.engine;

import org.collabscreen.rulebook.ScoringPolicy;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.vocabulary.RiskLevel;

/** Maps scores to levels and levels to the lowest score that reaches them, using the rulebook's thresholds. */
final class RiskLevels {

    private final int medium;
    private final int high;
    private final int critical;

    RiskLevels(ScoringPolicy policy) {
        this.medium = policy.value(PolicyKey.THRESHOLD_MEDIUM);
        this.high = policy.value(PolicyKey.THRESHOLD_HIGH);
        this.critical = policy.value(PolicyKey.THRESHOLD_CRITICAL);
    }

    RiskLevel levelOf(int score) {
        if (score >= critical) {
            return RiskLevel.CRITICAL;
        }
        if (score >= high) {
            return RiskLevel.HIGH;
        }
        return score >= medium ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    int minimumScore(RiskLevel level) {
        return switch (level) {
            case LOW -> 0;
            case MEDIUM -> medium;
            case HIGH -> high;
            case CRITICAL -> critical;
        };
    }
}
