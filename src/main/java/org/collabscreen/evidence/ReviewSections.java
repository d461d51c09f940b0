package org.collabscreen.evidence;

import java.util.List;
import java.util.stream.Collectors;

import org.collabscreen.casework.DecisionResponse;
import org.collabscreen.casework.DecisionResponse.ConditionResponse;
import org.collabscreen.casework.DispositionResponse;
import org.collabscreen.proposal.ScreeningResponse;

/** The evidence PDF's summary and review sections: case, latest decision, dispositions, decisions, conditions. */
final class ReviewSections {

    private ReviewSections() {}

    static void summary(Html html, EvidencePack pack) {
        ScreeningResponse latest = pack.proposal().screening();
        List<DecisionResponse> decisions = pack.review().decisions();
        DecisionResponse decision = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        html.element("h2", "Summary");
        html.raw("<table>")
                .row("Case", pack.review().reviewCase().status())
                .row(
                        "Latest screening",
                        latest == null
                                ? null
                                : latest.overallRisk() + " on " + latest.screenedAt() + " (before dispositions "
                                        + latest.scoreBeforeDispositions().overallRisk() + ")")
                .row(
                        "Latest decision",
                        decision == null
                                ? "none"
                                : decision.outcome() + ", " + decision.status() + ", by " + decision.decidedBy()
                                        + (decision.approval() == null
                                                ? ""
                                                : ", approved by "
                                                        + decision.approval().approvedBy()))
                .row("Funder verdicts", latest == null ? null : VerdictSection.summary(latest.verdicts()))
                .row("Dispositions", pack.review().dispositions().size())
                .row("Screenings", pack.screenings().size())
                .row(
                        "Audit events",
                        pack.audit().events().size() + unsealed(pack) + " (chain head: event "
                                + pack.audit().head().sequence() + ")")
                .raw("</table>");
    }

    private static String unsealed(EvidencePack pack) {
        long count =
                pack.audit().events().stream().filter(event -> !event.sealed()).count();
        return count == 0 ? "" : ", " + count + " not yet sealed";
    }

    static void review(Html html, EvidencePack pack) {
        html.element("h2", "Review: case " + pack.review().reviewCase().status());
        html.element(
                "p",
                "Assignee: "
                        + (pack.review().reviewCase().assignee() == null
                                ? "none"
                                : pack.review().reviewCase().assignee()));
        html.element("h3", "Dispositions");
        html.raw("<table>").header("when", "who", "finding", "disposition", "reason", "rule revision");
        for (DispositionResponse d : pack.review().dispositions()) {
            html.row(
                    d.recordedAt(),
                    d.recordedBy(),
                    d.ruleId() + " @ " + d.field(),
                    d.disposition(),
                    d.reason(),
                    d.ruleRevision());
        }
        html.raw("</table>");
        html.element("h3", "Decisions");
        for (DecisionResponse decision : pack.review().decisions()) {
            html.raw("<table>")
                    .row("Decision", decision.outcome() + " (" + decision.status() + ")")
                    .row("On screening", decision.screeningId() + ", overall risk " + decision.overallRisk())
                    .row("Decided by", decision.decidedBy() + " at " + decision.decidedAt())
                    .row(
                            "Second approval",
                            decision.approval() == null
                                    ? (decision.needsApproval() ? "pending" : "not needed")
                                    : decision.approval().approvedBy() + " at "
                                            + decision.approval().approvedAt())
                    .row("Rationale", decision.rationale())
                    .raw("</table>");
            if (!decision.conditions().isEmpty()) {
                html.raw("<table>").header("condition", "status", "history");
                for (ConditionResponse condition : decision.conditions()) {
                    html.row(
                            condition.text(),
                            condition.status(),
                            condition.history().stream()
                                    .map(change ->
                                            change.status() + " by " + change.changedBy() + " at " + change.changedAt())
                                    .collect(Collectors.joining("; ")));
                }
                html.raw("</table>");
            }
        }
    }
}
