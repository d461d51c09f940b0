package org.collabscreen.screening.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collabscreen.matching.LookalikeCharacters;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.FindingSource;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.RiskType;

/**
 * Tells a reviewer that a screened name imitates Latin letters with another script's or mixes scripts within a word:
 * an attempt to slip past the lists. Matching reads such names as the letters they imitate; this finding adds no
 * points, it shows the attempt.
 */
final class LookalikeFindings {

    static final String RULE_ID = "screening-rule/LOOKALIKE_CHARACTERS";
    private static final FindingSource SOURCE = new FindingSource(
            "Unicode Technical Standard #39: Unicode Security Mechanisms (confusables)",
            "https://www.unicode.org/reports/tr39/",
            "Unicode 15.1 (ICU4J 74)");

    private LookalikeFindings() {}

    static void collect(ScreeningSubject subject, Evaluation evaluation) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("institution", subject.institution());
        for (int i = 0; i < subject.researchers().size(); i++) {
            ScreeningSubject.Researcher researcher = subject.researchers().get(i);
            for (int j = 0; j < researcher.affiliations().size(); j++) {
                names.put(
                        "researchers[" + i + "].affiliations[" + j + "]",
                        researcher.affiliations().get(j));
            }
            for (int k = 0; k < researcher.talentProgrammes().size(); k++) {
                names.put(
                        "researchers[" + i + "].talentProgrammes[" + k + "]",
                        researcher.talentProgrammes().get(k));
            }
        }
        for (int k = 0; k < subject.fundingSources().size(); k++) {
            names.put(
                    "fundingSources[" + k + "].name",
                    subject.fundingSources().get(k).name());
        }
        List<String> fields = new ArrayList<>();
        String firstField = null;
        String firstExplanation = null;
        for (Map.Entry<String, String> name : names.entrySet()) {
            Optional<String> explanation = LookalikeCharacters.explain(name.getValue());
            if (explanation.isPresent()) {
                fields.add(name.getKey());
                if (firstField == null) {
                    firstField = name.getKey();
                    firstExplanation = explanation.get();
                }
            }
        }
        if (firstField == null) {
            return;
        }
        evaluation.add(new Finding(
                RiskType.DUAL_USE,
                FindingKind.LOOKALIKE_CHARACTERS,
                RULE_ID,
                "Name written with " + firstExplanation + " (in " + String.join(", ", fields)
                        + "); screened as the letters they imitate",
                0,
                firstField,
                TechnologyFindings.evidence(names.get(firstField)),
                null,
                1.0,
                List.of(SOURCE)));
    }
}
