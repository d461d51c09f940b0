package org.collabscreen.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collabscreen.rulebook.RuleVersions;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.AppliedDisposition.State;
import org.collabscreen.screening.engine.ScreeningEngine;

/**
 * Screens with the latest disposition of each finding applied: a false positive is dismissed while its rule is the
 * version that was judged, and counts again, flagged, once the rule has changed.
 */
final class DispositionApplier {

    private final ScreeningEngine engine;
    private final RuleVersions ruleVersions;

    DispositionApplier(ScreeningEngine engine, RuleVersions ruleVersions) {
        this.engine = engine;
        this.ruleVersions = ruleVersions;
    }

    /** The assessment counting what is not dismissed, and how the dispositions applied. */
    record Result(Assessment assessment, DispositionsApplied applied) {}

    Result screen(ScreeningSubject subject, RulebookSnapshot rulebook, List<RecordedDisposition> recorded) {
        Assessment full = engine.screen(subject, rulebook);
        Map<String, RecordedDisposition> latest = new LinkedHashMap<>();
        recorded.forEach(disposition -> latest.put(disposition.findingKey(), disposition));
        Set<String> found = full.findings().stream().map(FindingKeys::of).collect(Collectors.toSet());
        List<AppliedDisposition> applied = new ArrayList<>();
        for (RecordedDisposition disposition : latest.values()) {
            int ruleRevisionNow = ruleVersions.lastChanged(disposition.ruleId(), rulebook.revision());
            applied.add(
                    new AppliedDisposition(disposition, state(disposition, found, ruleRevisionNow), ruleRevisionNow));
        }
        Set<String> dismissed = applied.stream()
                .filter(disposition -> disposition.state() == State.DISMISSED)
                .map(disposition -> disposition.disposition().findingKey())
                .collect(Collectors.toSet());
        Assessment counted = dismissed.isEmpty() ? full : engine.screen(subject, rulebook, dismissed);
        Map<String, Finding> fullByKey =
                full.findings().stream().collect(Collectors.toMap(FindingKeys::of, Function.identity(), (a, b) -> a));
        List<Finding> dismissedFindings = dismissed.stream()
                .map(fullByKey::get)
                .sorted(Comparator.comparing(Finding::ruleId))
                .toList();
        return new Result(
                counted,
                new DispositionsApplied(
                        DispositionsApplied.ScoreBeforeDispositions.of(full), dismissedFindings, applied));
    }

    private static State state(RecordedDisposition disposition, Set<String> found, int ruleRevisionNow) {
        if (!found.contains(disposition.findingKey())) {
            return State.NOT_FOUND;
        }
        if (disposition.disposition() == FindingDisposition.CONFIRMED) {
            return State.CONFIRMED;
        }
        return ruleRevisionNow == disposition.ruleRevision() ? State.DISMISSED : State.RULE_CHANGED;
    }
}
