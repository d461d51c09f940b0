package org.collabscreen.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.FrameworkEditionRule.Clause;
import org.collabscreen.rulebook.FrameworkEditionRule.Outcome;

/**
 * A verdict being worked out under one edition: the strictest outcome the facts reach so far, the reasons, and the
 * missing facts with the strictest outcome each could still lead to. A missing fact that could make the answer
 * stricter turns it into INSUFFICIENT_INFORMATION; one that could not leaves the answer as it is.
 */
final class VerdictDraft {

    private final FrameworkEditionRule edition;
    private final List<Outcome> ranked;
    private int reached;
    private final List<Verdict.Reason> reasons = new ArrayList<>();
    private final Map<String, Missing> missing = new LinkedHashMap<>();

    VerdictDraft(FrameworkEditionRule edition) {
        this.edition = edition;
        this.ranked = edition.outcomes().stream()
                .filter(outcome -> !Verdict.INSUFFICIENT_INFORMATION.equals(outcome.code()))
                .toList();
        this.reached = ranked.size() - 1;
    }

    FrameworkEditionRule edition() {
        return edition;
    }

    /** The facts reach at least this outcome, for this reason. */
    void raise(String outcome, Verdict.Reason reason) {
        reached = Math.min(reached, rank(outcome));
        reasons.add(reason);
    }

    /** A fact worth reporting that does not change the outcome. */
    void note(Verdict.Reason reason) {
        reasons.add(reason);
    }

    /** A fact the proposal lacks, and the strictest outcome it could lead to. */
    void missing(String field, String why, String couldReach) {
        missing.merge(
                field,
                new Missing(why, rank(couldReach)),
                (kept, added) -> kept.reach() <= added.reach() ? kept : added);
    }

    boolean reached(String outcome) {
        return reached <= rank(outcome);
    }

    /** A reason citing one of the edition's clauses. */
    Verdict.Reason reason(String text, String field, String evidence, String ruleId, String clauseId) {
        Clause clause = edition.clauses().stream()
                .filter(c -> c.id().equals(clauseId))
                .findFirst()
                .orElse(null);
        return new Verdict.Reason(
                text,
                field,
                evidence,
                ruleId,
                clause == null ? null : clause.clause(),
                clause == null ? null : clause.url());
    }

    Verdict finish(FrameworkCode framework) {
        List<Verdict.MissingInput> open = missing.entrySet().stream()
                .filter(entry -> entry.getValue().reach() < reached)
                .map(entry -> new Verdict.MissingInput(
                        entry.getKey(), entry.getValue().why()))
                .toList();
        Outcome outcome = open.isEmpty() ? ranked.get(reached) : insufficient();
        return new Verdict(
                framework,
                edition.edition(),
                outcome.code(),
                outcome.text(),
                outcome.level(),
                reasons,
                open,
                outcome.actions());
    }

    private Outcome insufficient() {
        return edition.outcomes().stream()
                .filter(outcome -> Verdict.INSUFFICIENT_INFORMATION.equals(outcome.code()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Edition " + edition.key() + " has no INSUFFICIENT_INFORMATION outcome"));
    }

    /** An outcome's place, strictest first; one an edited edition lacks counts as its strictest. */
    private int rank(String outcome) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).code().equals(outcome)) {
                return i;
            }
        }
        return 0;
    }

    private record Missing(String why, int reach) {}
}
