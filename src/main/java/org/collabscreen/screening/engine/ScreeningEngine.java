package org.collabscreen.screening.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.collabscreen.rulebook.CombinationRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.ScoringPolicy;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.Escalation;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.vocabulary.CombinationFactor;
import org.collabscreen.vocabulary.CombinationScope;
import org.collabscreen.vocabulary.FindingKind;
import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.vocabulary.RiskType;

/** Screens a proposal against a rulebook snapshot. Pure and deterministic: same input and revision, same assessment. */
public final class ScreeningEngine {

    private static final List<RiskScorer.CapGroup> DUAL_USE_GROUPS = List.of(
            RiskScorer.CapGroup.of(PolicyKey.TECHNOLOGY_CAP, EnumSet.of(FindingKind.SENSITIVE_TECHNOLOGY)),
            RiskScorer.CapGroup.of(
                    PolicyKey.INSTITUTION_CAP,
                    EnumSet.of(
                            FindingKind.LISTED_INSTITUTION,
                            FindingKind.PARENT_OF_LISTED_INSTITUTION,
                            FindingKind.COUNTRY_OF_CONCERN,
                            FindingKind.FUNDING_SOURCE,
                            FindingKind.LOOKALIKE_CHARACTERS)));
    private static final List<RiskScorer.CapGroup> TALENT_GROUPS = List.of(
            RiskScorer.CapGroup.of(null, EnumSet.of(FindingKind.TALENT_PROGRAMME)),
            RiskScorer.CapGroup.of(
                    PolicyKey.UNLISTED_TALENT_PROGRAMME_CAP, EnumSet.of(FindingKind.UNLISTED_TALENT_PROGRAMME)));
    private static final Comparator<Finding> DISPLAY_ORDER = Comparator.comparing(Finding::riskType)
            .thenComparing(Comparator.comparingInt(Finding::points).reversed())
            .thenComparing(Finding::kind)
            .thenComparing(Finding::ruleId);

    public Assessment screen(ScreeningSubject subject, RulebookSnapshot rulebook) {
        return screen(subject, rulebook, Set.of());
    }

    /**
     * Screens without the findings reviewers dismissed, each named by {@link org.collabscreen.screening.FindingKeys}:
     * they neither score nor combine.
     */
    public Assessment screen(ScreeningSubject subject, RulebookSnapshot rulebook, Set<String> dismissedKeys) {
        Evaluation evaluation = collect(subject, rulebook, new Evaluation(dismissedKeys));
        ScoringPolicy policy = rulebook.policy();
        RiskLevels levels = new RiskLevels(policy);
        RiskScorer scorer = new RiskScorer(policy, levels);
        RiskScorer.Scored dualUse =
                scorer.score(RiskType.DUAL_USE, evaluation.findings(), evaluation.factors(), DUAL_USE_GROUPS);
        RiskScorer.Scored talent =
                scorer.score(RiskType.TALENT_PROGRAMME, evaluation.findings(), evaluation.factors(), TALENT_GROUPS);
        Set<CombinationFactor> levelFactors = EnumSet.noneOf(CombinationFactor.class);
        if (dualUse.score().level().compareTo(RiskLevel.HIGH) >= 0) {
            levelFactors.add(CombinationFactor.DUAL_USE_HIGH);
        }
        if (talent.score().level().compareTo(RiskLevel.HIGH) >= 0) {
            levelFactors.add(CombinationFactor.TALENT_PROGRAMME_HIGH);
        }
        RiskLevel overall = dualUse.score().level().atLeast(talent.score().level());
        Optional<CombinationRule> escalating =
                escalating(scorer.fired(CombinationScope.OVERALL, levelFactors), overall);
        List<Finding> findings = new ArrayList<>(dualUse.findings());
        findings.addAll(talent.findings());
        findings.sort(DISPLAY_ORDER);
        return new Assessment(
                rulebook.revision(),
                escalating.map(CombinationRule::raisesTo).orElse(overall),
                dualUse.score(),
                talent.score(),
                findings,
                mitigations(findings, policy),
                escalating
                        .map(rule -> new Escalation(
                                "combination-rule/" + rule.code(),
                                rule.description(),
                                rule.raisesTo(),
                                List.of(Sources.of(rule.source()))))
                        .orElse(null));
    }

    private static Evaluation collect(ScreeningSubject subject, RulebookSnapshot rulebook, Evaluation evaluation) {
        InstitutionFindings institutions = new InstitutionFindings(rulebook);
        int affiliationPercent = rulebook.policy().value(PolicyKey.AFFILIATION_FACTOR);
        institutions.collect(
                "institution",
                subject.institution(),
                subject.country(),
                FindingKind.LISTED_INSTITUTION,
                100,
                evaluation);
        CountryFindings.collect("country", subject.country(), PolicyKey.COUNTRY_OF_CONCERN, rulebook, evaluation);
        List<ScreeningSubject.Researcher> researchers = subject.researchers();
        for (int i = 0; i < researchers.size(); i++) {
            List<String> affiliations = researchers.get(i).affiliations();
            for (int j = 0; j < affiliations.size(); j++) {
                institutions.collect(
                        "researchers[" + i + "].affiliations[" + j + "]",
                        affiliations.get(j),
                        null,
                        FindingKind.LISTED_INSTITUTION,
                        affiliationPercent,
                        evaluation);
            }
        }
        List<ScreeningSubject.FundingSource> funders = subject.fundingSources();
        for (int k = 0; k < funders.size(); k++) {
            ScreeningSubject.FundingSource funder = funders.get(k);
            institutions.collect(
                    "fundingSources[" + k + "].name",
                    funder.name(),
                    funder.country(),
                    FindingKind.FUNDING_SOURCE,
                    affiliationPercent,
                    evaluation);
            CountryFindings.collect(
                    "fundingSources[" + k + "].country",
                    funder.country(),
                    PolicyKey.FUNDING_COUNTRY_OF_CONCERN,
                    rulebook,
                    evaluation);
        }
        TechnologyFindings.collect(subject, rulebook, evaluation);
        TalentProgrammeFindings.collect(subject, rulebook, evaluation);
        LookalikeFindings.collect(subject, evaluation);
        return evaluation;
    }

    /** The first rule, strongest first, that raises the overall level. */
    private static Optional<CombinationRule> escalating(List<CombinationRule> fired, RiskLevel overall) {
        for (CombinationRule rule : fired) {
            if (rule.raisesTo().compareTo(overall) > 0) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static List<String> mitigations(List<Finding> findings, ScoringPolicy policy) {
        Set<String> texts = new LinkedHashSet<>();
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        for (Finding finding : findings) {
            if (kinds.add(finding.kind())) {
                policy.mitigationsFor(finding.kind()).forEach(rule -> texts.add(rule.text()));
            }
        }
        return List.copyOf(texts);
    }
}
