package org.collabscreen.screening;

import java.util.List;

import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.RiskType;

/**
 * One reason for risk points: the rule that fired, the input that triggered it and the public source.
 *
 * @param ruleId     the rule, as {@code <kind of rule>/<id>}, e.g. {@code technology-category/SEMICONDUCTORS}
 * @param field      the input field, e.g. {@code researchers[0].affiliations[1]}; null for combinations
 * @param evidence   the input text that matched
 * @param matchedAs  the rulebook name or alias the evidence matched, where a name was matched
 * @param confidence match confidence 0..1
 * @param matchSteps how the evidence was matched to {@code matchedAs}: method, normalisation, abbreviations, typos,
 *                   affiliation reduction; empty where no name was matched
 */
public record Finding(
        RiskType riskType,
        FindingKind kind,
        String ruleId,
        String title,
        int points,
        String field,
        String evidence,
        String matchedAs,
        double confidence,
        List<FindingSource> sources,
        List<String> matchSteps) {

    public Finding {
        sources = List.copyOf(sources);
        matchSteps = matchSteps == null ? List.of() : List.copyOf(matchSteps);
    }

    public Finding(
            RiskType riskType,
            FindingKind kind,
            String ruleId,
            String title,
            int points,
            String field,
            String evidence,
            String matchedAs,
            double confidence,
            List<FindingSource> sources) {
        this(riskType, kind, ruleId, title, points, field, evidence, matchedAs, confidence, sources, List.of());
    }

    public Finding withPoints(int newPoints) {
        return new Finding(
                riskType, kind, ruleId, title, newPoints, field, evidence, matchedAs, confidence, sources, matchSteps);
    }
}
