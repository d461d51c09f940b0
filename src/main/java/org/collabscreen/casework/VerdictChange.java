package org.collabscreen.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.framework.Verdict;

/**
 * A funder verdict that differs between the screening a decision was taken on and a later one: its outcome changed, or
 * the framework's verdict appeared or disappeared (the side without one has null edition and outcome).
 */
public record VerdictChange(
        FrameworkCode framework, String decidedEdition, String decidedOutcome, String newEdition, String newOutcome) {

    /**
     * The frameworks whose outcome differs, in the order of the decided screening's verdicts and then the new ones. An
     * edition change that keeps the outcome is no change: the decision still answers the same question. A decision
     * taken on a screening without any verdict (one stored before verdicts existed, or one that asked for none) was
     * taken without them, so verdicts appearing later change nothing it relied on.
     */
    static List<VerdictChange> between(List<Verdict> decided, List<Verdict> now) {
        if (decided.isEmpty()) {
            return List.of();
        }
        Map<FrameworkCode, Verdict> before = byFramework(decided);
        Map<FrameworkCode, Verdict> after = byFramework(now);
        Set<FrameworkCode> frameworks = new LinkedHashSet<>(before.keySet());
        frameworks.addAll(after.keySet());
        List<VerdictChange> changes = new ArrayList<>();
        for (FrameworkCode framework : frameworks) {
            Verdict old = before.get(framework);
            Verdict current = after.get(framework);
            if (!Objects.equals(outcome(old), outcome(current))) {
                changes.add(new VerdictChange(
                        framework,
                        old == null ? null : old.edition(),
                        outcome(old),
                        current == null ? null : current.edition(),
                        outcome(current)));
            }
        }
        return List.copyOf(changes);
    }

    private static Map<FrameworkCode, Verdict> byFramework(List<Verdict> verdicts) {
        Map<FrameworkCode, Verdict> map = new LinkedHashMap<>();
        verdicts.forEach(verdict -> map.putIfAbsent(verdict.framework(), verdict));
        return map;
    }

    private static String outcome(Verdict verdict) {
        return verdict == null ? null : verdict.outcome();
    }
}
