package org.collabscreen.screening.engine;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.collabscreen.rulebook.ProgrammeMatch;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.TalentProgrammeRule;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.vocabulary.RiskType;

/** Finds talent programmes declared by researchers or mentioned in the proposal's text. */
final class TalentProgrammeFindings {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TalentProgrammeFindings() {}

    static void collect(ScreeningSubject subject, RulebookSnapshot rulebook, Evaluation evaluation) {
        List<ScreeningSubject.Researcher> researchers = subject.researchers();
        for (int i = 0; i < researchers.size(); i++) {
            List<String> declared = researchers.get(i).talentProgrammes();
            for (int k = 0; k < declared.size(); k++) {
                collectDeclared(
                        "researchers[" + i + "].talentProgrammes[" + k + "]", declared.get(k), rulebook, evaluation);
            }
        }
        collectMentioned("technologyArea", subject.technologyArea(), rulebook, evaluation);
        collectMentioned("title", subject.title(), rulebook, evaluation);
        collectMentioned("description", subject.description(), rulebook, evaluation);
    }

    private static void collectDeclared(String field, String name, RulebookSnapshot rulebook, Evaluation evaluation) {
        if (name == null || name.isBlank()) {
            return;
        }
        rulebook.resolveProgramme(name)
                .ifPresentOrElse(
                        match -> add(
                                field,
                                name,
                                match,
                                rulebook.policy().value(PolicyKey.TALENT_PROGRAMME_DECLARED),
                                evaluation),
                        () -> evaluation.add(new Finding(
                                RiskType.TALENT_PROGRAMME,
                                FindingKind.UNLISTED_TALENT_PROGRAMME,
                                "talent-programme/unlisted/"
                                        + WHITESPACE
                                                .matcher(name.strip().toLowerCase(Locale.ROOT))
                                                .replaceAll(" "),
                                "Declared talent programme not in the rulebook: review it",
                                rulebook.policy().value(PolicyKey.TALENT_PROGRAMME_UNLISTED),
                                field,
                                TechnologyFindings.evidence(name),
                                null,
                                1.0,
                                Sources.of(rulebook.policy().sourceOf(PolicyKey.TALENT_PROGRAMME_UNLISTED)))));
    }

    private static void collectMentioned(String field, String text, RulebookSnapshot rulebook, Evaluation evaluation) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (ProgrammeMatch match : rulebook.findProgrammesIn(text)) {
            add(
                    field,
                    match.matchedAlias(),
                    match,
                    rulebook.policy().value(PolicyKey.TALENT_PROGRAMME_DETECTED),
                    evaluation);
        }
    }

    private static void add(
            String field, String evidence, ProgrammeMatch match, int basePoints, Evaluation evaluation) {
        TalentProgrammeRule programme = match.programme();
        evaluation.add(new Finding(
                RiskType.TALENT_PROGRAMME,
                FindingKind.TALENT_PROGRAMME,
                "talent-programme/" + programme.code(),
                programme.name(),
                (int) Math.round(basePoints * match.score()),
                field,
                TechnologyFindings.evidence(evidence),
                match.matchedAlias(),
                Sources.rounded(match.score()),
                List.of(Sources.of(programme.source())),
                match.transformations()));
        evaluation.addFactor(CombinationFactor.LISTED_TALENT_PROGRAMME);
    }
}
