package org.collabscreen.evidence;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.collabscreen.evidence.EvidencePack.ListEdition;
import org.collabscreen.framework.Verdict;
import org.collabscreen.proposal.ScreeningResponse;
import org.collabscreen.screening.Finding;
import org.collabscreen.vocabulary.FindingKind;

/**
 * The plain statement auditors ask for: when a screening ran, against which list editions, what it found for the
 * partner institution ("no match" included), and under which funder framework editions its verdicts were reached.
 */
final class ProofOfSearch {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private ProofOfSearch() {}

    static String of(String partner, ScreeningResponse screening, List<ListEdition> editions) {
        String lists = editions.isEmpty()
                ? "no public list"
                : editions.stream().map(ProofOfSearch::describe).collect(Collectors.joining(", "));
        return "Screened on " + DAY.format(screening.screenedAt()) + " (rulebook revision "
                + screening.rulebookRevision() + (screening.reproduction() ? ", a reproduction" : "") + ") against "
                + lists + ": " + partnerResult(partner, screening) + "." + frameworks(screening.verdicts());
    }

    /** The funder framework editions the screening's verdicts applied, each with its outcome. */
    private static String frameworks(List<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return "";
        }
        return " Funder verdicts under "
                + verdicts.stream()
                        .map(verdict -> verdict.framework() + " " + VerdictSection.edition(verdict) + " ("
                                + verdict.outcome() + ")")
                        .collect(Collectors.joining(", "))
                + ".";
    }

    private static String describe(ListEdition edition) {
        String when = Stream.of(edition.edition(), edition.date())
                .filter(value -> value != null && !value.isBlank())
                .distinct()
                .filter(value -> value.equals(edition.edition())
                        || edition.edition() == null
                        || !edition.edition().contains(value))
                .collect(Collectors.joining(", "));
        return edition.name() + (when.isEmpty() ? "" : " (" + when + ")");
    }

    private static String partnerResult(String partner, ScreeningResponse screening) {
        List<String> counted = partnerMatches(screening.findings());
        List<String> dismissed = partnerMatches(screening.dismissedFindings());
        if (counted.isEmpty() && dismissed.isEmpty()) {
            return "no match for the partner institution \u201c" + partner + "\u201d";
        }
        StringBuilder result = new StringBuilder("the partner institution \u201c" + partner + "\u201d matched ");
        result.append(counted.isEmpty() ? "no listed entry" : String.join("; ", counted));
        if (!dismissed.isEmpty()) {
            result.append(" (dismissed as false positives: ")
                    .append(String.join("; ", dismissed))
                    .append(')');
        }
        return result.toString();
    }

    private static List<String> partnerMatches(List<Finding> findings) {
        return findings.stream()
                .filter(finding -> "institution".equals(finding.field()))
                .filter(finding -> finding.kind() == FindingKind.LISTED_INSTITUTION
                        || finding.kind() == FindingKind.PARENT_OF_LISTED_INSTITUTION)
                .map(finding -> finding.title() + " [" + finding.kind() + "]")
                .toList();
    }
}
