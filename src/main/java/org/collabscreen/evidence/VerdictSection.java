package org.collabscreen.evidence;

import java.util.List;
import java.util.stream.Collectors;

import org.collabscreen.framework.Verdict;

/** The evidence PDF's funder verdicts: each framework's edition, outcome, reasons, missing inputs and actions. */
final class VerdictSection {

    private VerdictSection() {}

    /** One line per verdict, for the summary: framework, edition and outcome. */
    static String summary(List<Verdict> verdicts) {
        return verdicts.isEmpty()
                ? "none asked for"
                : verdicts.stream()
                        .map(verdict -> verdict.framework() + " " + edition(verdict) + ": " + verdict.outcome())
                        .collect(Collectors.joining("; "));
    }

    static void table(Html html, List<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return;
        }
        html.raw("<table class=\"small fixed\">")
                .columns(16, 20, 6, 30, 14, 14)
                .header("framework, edition", "outcome", "level", "reasons", "missing inputs", "actions");
        for (Verdict verdict : verdicts) {
            html.raw("<tr>")
                    .element("td", verdict.framework() + ", " + edition(verdict))
                    .element("td", verdict.outcome() + ": " + verdict.outcomeText())
                    .element("td", verdict.level())
                    .cell(verdict.reasons().stream().map(VerdictSection::reason).toList())
                    .cell(verdict.missingInputs().stream()
                            .map(missing -> missing.field() + ": " + missing.why())
                            .toList())
                    .cell(verdict.actions())
                    .raw("</tr>");
        }
        html.raw("</table>");
    }

    static String edition(Verdict verdict) {
        return verdict.edition() == null ? "no edition in force" : "edition " + verdict.edition();
    }

    private static String reason(Verdict.Reason reason) {
        return reason.text() + (reason.clause() == null ? "" : " [" + reason.clause() + "]");
    }
}
