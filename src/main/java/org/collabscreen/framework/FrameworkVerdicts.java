package org.collabscreen.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collabscreen.rulebook.FrameworkEditionRule;
import org.collabscreen.rulebook.FrameworkEditionRule.Outcome;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.vocabulary.RiskLevel;

/**
 * Gives each requested framework's verdict on a proposal, under the edition in force on the decision date. Pure and
 * deterministic: the same facts and rulebook revision always give the same verdicts.
 */
public final class FrameworkVerdicts {

    private static final Map<FrameworkCode, FrameworkRule> RULES = rules(
            new DodRule(),
            new ChipsRule(),
            new NihRule(),
            new StracRule(),
            new HorizonRule(),
            new AtasRule(),
            new NlRule());

    /** One verdict per requested framework, in the order requested; none when no framework is requested. */
    public List<Verdict> evaluate(FrameworkFacts facts, RulebookSnapshot rulebook) {
        if (facts == null || facts.frameworks().isEmpty()) {
            return List.of();
        }
        Situation situation = new Situation(facts, rulebook);
        List<Verdict> verdicts = new ArrayList<>(facts.frameworks().size());
        for (FrameworkCode framework : facts.frameworks()) {
            verdicts.add(verdict(framework, situation, facts.decisionDate(), rulebook));
        }
        return verdicts;
    }

    private static Verdict verdict(
            FrameworkCode framework, Situation situation, LocalDate date, RulebookSnapshot rulebook) {
        Optional<FrameworkEditionRule> edition = rulebook.frameworkEdition(framework.name(), date);
        if (edition.isEmpty()) {
            return noEditionInForce(framework, date, rulebook);
        }
        VerdictDraft draft = new VerdictDraft(edition.get());
        RULES.get(framework).apply(situation, date, draft);
        return draft.finish(framework);
    }

    /** Before a framework's first edition it did not apply: its lowest outcome, said so. */
    private static Verdict noEditionInForce(FrameworkCode framework, LocalDate date, RulebookSnapshot rulebook) {
        List<FrameworkEditionRule> editions = rulebook.frameworkEditions().stream()
                .filter(e -> e.framework().equals(framework.name()))
                .toList();
        if (editions.isEmpty()) {
            return new Verdict(
                    framework,
                    null,
                    Verdict.INSUFFICIENT_INFORMATION,
                    "The rulebook holds no edition of this framework.",
                    RiskLevel.HIGH,
                    List.of(),
                    List.of(new Verdict.MissingInput(
                            "frameworks", "add an edition of " + framework + " to the rulebook, or do not request it")),
                    List.of());
        }
        FrameworkEditionRule first = editions.get(0);
        List<Outcome> outcomes = first.outcomes().stream()
                .filter(o -> !Verdict.INSUFFICIENT_INFORMATION.equals(o.code()))
                .toList();
        Outcome lowest = outcomes.get(outcomes.size() - 1);
        return new Verdict(
                framework,
                null,
                lowest.code(),
                lowest.text(),
                lowest.level(),
                List.of(new Verdict.Reason(
                        "No edition was in force on the decision date " + date + ": the first, " + first.edition()
                                + ", applies from " + first.effectiveFrom(),
                        "decisionDate",
                        date.toString(),
                        null,
                        null,
                        first.sources().isEmpty()
                                ? null
                                : first.sources().get(0).url())),
                List.of(),
                List.of());
    }

    private static Map<FrameworkCode, FrameworkRule> rules(FrameworkRule... rules) {
        Map<FrameworkCode, FrameworkRule> byCode = new EnumMap<>(FrameworkCode.class);
        for (FrameworkRule rule : rules) {
            byCode.put(rule.code(), rule);
        }
        if (byCode.size() != FrameworkCode.values().length) {
            throw new IllegalStateException("A framework has no rule: " + byCode.keySet());
        }
        return Map.copyOf(byCode);
    }
}
