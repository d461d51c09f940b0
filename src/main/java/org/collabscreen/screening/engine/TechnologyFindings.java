package org.collabscreen.screening.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.collabscreen.rulebook.CategoryMatch;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.TechnologyCategoryRule;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.vocabulary.RiskType;

/** Classifies the technology area, title and description into sensitive technology categories. */
final class TechnologyFindings {

    private static final int MAX_EVIDENCE_LENGTH = 200;

    private TechnologyFindings() {}

    static void collect(ScreeningSubject subject, RulebookSnapshot rulebook, Evaluation evaluation) {
        double minConfidence = rulebook.policy().value(PolicyKey.MIN_TECHNOLOGY_CONFIDENCE) / 100.0;
        Map<String, FieldMatch> best = new LinkedHashMap<>();
        classify("technologyArea", subject.technologyArea(), rulebook, minConfidence, best);
        classify("title", subject.title(), rulebook, minConfidence, best);
        classify("description", subject.description(), rulebook, minConfidence, best);
        Map<String, FieldMatch> strongestPerFamily = new LinkedHashMap<>();
        for (FieldMatch fieldMatch : best.values()) {
            strongestPerFamily.merge(familyOf(fieldMatch.match().category()), fieldMatch, TechnologyFindings::stronger);
        }
        strongestPerFamily.values().stream()
                .sorted(Comparator.comparingInt(FieldMatch::points)
                        .reversed()
                        .thenComparing(
                                fieldMatch -> fieldMatch.match().category().code()))
                .forEach(fieldMatch -> {
                    evaluation.add(finding(fieldMatch));
                    evaluation.addFactor(CombinationFactor.SENSITIVE_TECHNOLOGY);
                });
    }

    /** A category and its sub-categories count once, by their strongest match, so adding text never lowers a score. */
    private static String familyOf(TechnologyCategoryRule category) {
        return category.parentCode() == null ? category.code() : category.parentCode();
    }

    private static FieldMatch stronger(FieldMatch kept, FieldMatch candidate) {
        if (candidate.points() != kept.points()) {
            return candidate.points() > kept.points() ? candidate : kept;
        }
        return candidate.match().category().parentCode() != null
                        && kept.match().category().parentCode() == null
                ? candidate
                : kept;
    }

    private static void classify(
            String field, String text, RulebookSnapshot rulebook, double minConfidence, Map<String, FieldMatch> best) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (CategoryMatch match : rulebook.classify(text)) {
            if (match.score() < minConfidence) {
                continue;
            }
            best.merge(
                    match.category().code(),
                    new FieldMatch(field, text, match),
                    (kept, candidate) ->
                            candidate.match().score() > kept.match().score() ? candidate : kept);
        }
    }

    private static Finding finding(FieldMatch fieldMatch) {
        CategoryMatch match = fieldMatch.match();
        TechnologyCategoryRule category = match.category();
        return new Finding(
                RiskType.DUAL_USE,
                FindingKind.SENSITIVE_TECHNOLOGY,
                "technology-category/" + category.code(),
                category.name(),
                fieldMatch.points(),
                fieldMatch.field(),
                evidence(fieldMatch.text()),
                String.join(", ", match.matchedTerms()),
                Sources.rounded(match.score()),
                List.of(Sources.of(category.source())));
    }

    static String evidence(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= MAX_EVIDENCE_LENGTH ? trimmed : trimmed.substring(0, MAX_EVIDENCE_LENGTH) + "…";
    }

    private record FieldMatch(String field, String text, CategoryMatch match) {

        int points() {
            return (int) Math.round(match.category().points() * match.score());
        }
    }
}
