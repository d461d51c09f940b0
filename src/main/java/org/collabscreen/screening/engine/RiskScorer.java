package org.collabscreen.screening.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.collabscreen.rulebook.CombinationRule;
import org.collabscreen.rulebook.ScoringPolicy;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.RiskScore;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.CombinationScope;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.vocabulary.RiskType;

/**
 * Scores one risk type: findings add points within per-group caps, then combination rules raise the score to
 * the threshold of their level. Every point ends up in a finding, so the findings' points add up to the score.
 */
final class RiskScorer {

    private static final int MAX_SCORE = 100;
    private static final Comparator<Finding> STRONGEST_FIRST =
            Comparator.comparingInt(Finding::points).reversed().thenComparing(Finding::ruleId);

    private final ScoringPolicy policy;
    private final RiskLevels levels;

    RiskScorer(ScoringPolicy policy, RiskLevels levels) {
        this.policy = policy;
        this.levels = levels;
    }

    /** The scored findings of one risk type, and its score. */
    record Scored(List<Finding> findings, RiskScore score) {}

    Scored score(RiskType riskType, List<Finding> all, Set<CombinationFactor> factors, List<CapGroup> groups) {
        List<Finding> scored = new ArrayList<>();
        int base = 0;
        for (CapGroup group : groups) {
            int remaining = Math.min(group.cap(policy), MAX_SCORE - base);
            List<Finding> members = new ArrayList<>();
            for (Finding finding : all) {
                if (finding.riskType() == riskType && group.members().test(finding)) {
                    members.add(finding);
                }
            }
            members.sort(STRONGEST_FIRST);
            for (Finding finding : members) {
                int points = Math.min(finding.points(), remaining);
                remaining -= points;
                base += points;
                scored.add(finding.withPoints(points));
            }
        }
        List<CombinationRule> fired = fired(CombinationScope.of(riskType), factors);
        int floor = highestFloor(fired);
        int score = Math.min(MAX_SCORE, Math.max(base, floor));
        int raise = score - base;
        for (CombinationRule rule : fired) {
            boolean carriesRaise = raise > 0 && floorOf(rule) == floor;
            scored.add(CombinationFindings.of(riskType, rule, carriesRaise ? raise : 0));
            if (carriesRaise) {
                raise = 0;
            }
        }
        return new Scored(scored, new RiskScore(score, levels.levelOf(score)));
    }

    /** The floor of the strongest rule; 0 when none fired. */
    private int highestFloor(List<CombinationRule> fired) {
        int highest = 0;
        for (int i = 0; i < fired.size(); i++) {
            highest = i == 0 ? floorOf(fired.get(i)) : Math.max(highest, floorOf(fired.get(i)));
        }
        return highest;
    }

    /** The combination rules of a risk type (or OVERALL) whose factors are all present, strongest first. */
    List<CombinationRule> fired(CombinationScope scope, Set<CombinationFactor> factors) {
        List<CombinationRule> fired = new ArrayList<>(2);
        for (CombinationRule rule : policy.combinationRules()) {
            if (rule.riskType() == scope && factors.containsAll(rule.requires())) {
                fired.add(rule);
            }
        }
        if (fired.size() > 1) {
            fired.sort(Comparator.comparingInt(this::floorOf).reversed().thenComparing(CombinationRule::code));
        }
        return fired;
    }

    int floorOf(CombinationRule rule) {
        return levels.minimumScore(rule.raisesTo());
    }

    /** Findings whose points share one cap from the rulebook. */
    record CapGroup(PolicyKey capKey, Predicate<Finding> members) {

        static CapGroup of(PolicyKey capKey, Set<FindingKind> kinds) {
            return new CapGroup(capKey, finding -> kinds.contains(finding.kind()));
        }

        int cap(ScoringPolicy policy) {
            return capKey == null ? MAX_SCORE : policy.value(capKey);
        }
    }
}
