package org.collabscreen.matching.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.collabscreen.matching.NameNormaliser;
import org.collabscreen.rulebook.CategoryMatch;
import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.ProgrammeMatch;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.TalentProgrammeRule;
import org.collabscreen.vocabulary.PolicyKey;

/**
 * Precision, recall and F1 of each matcher on labelled cases, taken through {@link RulebookSnapshot} as screening
 * uses it: its minimum match score, its cross-country rule and the policy's minimum technology confidence. An
 * institution case is right when the match bears the expected name, or is a sub-unit of the expected institution (its
 * parent, or the listed institution screening reports it as part of, bears the name): the top match may be the
 * expected entity, its parent, or one of its aliases, as issue 15 measures. Those counted through a parent are listed
 * with the errors, so that a wrong sibling cannot pass unseen.
 */
record MatcherFigures(
        Confusion institutions, Confusion programmes, Confusion technology, Confusion nonEnglishTechnology) {

    static MatcherFigures of(RulebookSnapshot rulebook, LabelledCases cases) {
        return new MatcherFigures(
                institutions(rulebook, cases),
                programmes(rulebook, cases),
                technology(rulebook, cases.technology()),
                technology(
                        rulebook,
                        cases.technology().stream().filter(c -> !c.isEnglish()).toList()));
    }

    List<String> summary(String title) {
        return List.of(
                title,
                "  institutions:                " + institutions.summary(),
                "  talent programmes:           " + programmes.summary(),
                "  technology (micro-averaged): " + technology.summary(),
                "    of which not English:      " + nonEnglishTechnology.summary());
    }

    List<String> errors(String title) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("errors, " + title + ":");
        institutions.errors().forEach(e -> lines.add("  institution " + e));
        programmes.errors().forEach(e -> lines.add("  programme   " + e));
        technology.errors().forEach(e -> lines.add("  technology  " + e));
        return lines;
    }

    static Confusion institutions(RulebookSnapshot rulebook, LabelledCases cases) {
        Confusion confusion = new Confusion();
        for (LabelledCases.InstitutionCase c : cases.institutions()) {
            Optional<InstitutionMatch> match = rulebook.resolveInstitution(c.input(), c.country());
            InstitutionRule rule = match.map(InstitutionMatch::institution).orElse(null);
            String input = c.input() + " [" + c.country() + "]";
            if (rule == null || hasName(rule.name(), rule.aliases(), c.expected())) {
                confusion.single(input, c.expected(), rule == null ? null : rule.name(), rule != null);
            } else if (isPartOfExpected(rulebook, rule, c.expected())) {
                confusion.throughParent(input, c.expected(), rule.name());
            } else {
                confusion.single(input, c.expected(), rule.name(), false);
            }
        }
        return confusion;
    }

    /**
     * A programme case is right when the match is the expected programme or, as the method counts a sub-unit,
     * one of its sub-programmes (千人计划创新人才长期项目 is part of the 千人计划 a label names).
     */
    private static Confusion programmes(RulebookSnapshot rulebook, LabelledCases cases) {
        Confusion confusion = new Confusion("a sub-programme of the expected programme");
        for (LabelledCases.ProgrammeCase c : cases.programmes()) {
            Optional<ProgrammeMatch> match = rulebook.resolveProgramme(c.input());
            TalentProgrammeRule rule = match.map(ProgrammeMatch::programme).orElse(null);
            if (rule == null || hasName(rule.name(), rule.aliases(), c.expected())) {
                confusion.single(c.input(), c.expected(), rule == null ? null : rule.name(), rule != null);
            } else if (isSubProgrammeOfExpected(rulebook, rule, c.expected())) {
                confusion.throughParent(c.input(), c.expected(), rule.name());
            } else {
                confusion.single(c.input(), c.expected(), rule.name(), false);
            }
        }
        return confusion;
    }

    private static boolean isSubProgrammeOfExpected(
            RulebookSnapshot rulebook, TalentProgrammeRule matched, String expected) {
        return matched.parentId() != null
                && rulebook.talentProgrammes().stream()
                        .filter(programme -> programme.id().equals(matched.parentId()))
                        .anyMatch(parent -> hasName(parent.name(), parent.aliases(), expected));
    }

    private static Confusion technology(RulebookSnapshot rulebook, List<LabelledCases.TechnologyCase> cases) {
        Confusion confusion = new Confusion();
        double minConfidence = rulebook.policy().value(PolicyKey.MIN_TECHNOLOGY_CONFIDENCE) / 100.0;
        for (LabelledCases.TechnologyCase c : cases) {
            Set<String> predicted = new HashSet<>();
            for (CategoryMatch match : rulebook.classify(c.text())) {
                if (match.score() >= minConfidence) {
                    String parent = match.category().parentCode();
                    predicted.add(parent == null ? match.category().code() : parent);
                }
            }
            Set<String> all = new HashSet<>(predicted);
            all.addAll(c.labels());
            for (String label : all) {
                confusion.label(c.text(), label, c.labels().contains(label), predicted.contains(label));
            }
        }
        return confusion;
    }

    /** Whether the match is a sub-unit of the expected institution: its parent, or the listed one screening reports. */
    private static boolean isPartOfExpected(RulebookSnapshot rulebook, InstitutionRule matched, String expected) {
        InstitutionRule reported = rulebook.listedSelfOrAncestor(matched).orElse(matched);
        InstitutionRule parent = matched.parentId() == null
                ? reported
                : rulebook.institution(matched.parentId()).orElse(reported);
        return hasName(parent.name(), parent.aliases(), expected)
                || hasName(reported.name(), reported.aliases(), expected);
    }

    private static boolean hasName(String name, List<String> aliases, String expected) {
        String wanted = NameNormaliser.normalise(expected);
        if (wanted.isEmpty()) {
            return false;
        }
        return NameNormaliser.normalise(name).equals(wanted)
                || aliases.stream()
                        .anyMatch(alias -> NameNormaliser.normalise(alias).equals(wanted));
    }
}
