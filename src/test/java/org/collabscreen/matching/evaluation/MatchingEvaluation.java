package org.collabscreen.matching.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.collabscreen.vocabulary.PolicyKey;
import org.collabscreen.rulebook.CategoryMatch;
import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.ProgrammeMatch;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.matching.NameNormaliser;
import org.collabscreen.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Precision, recall and F1 of each matcher on the labelled sets, and matching latency against the seeded rulebook
 * and a synthetic 100,000-institution one. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -q test -Dtest=MatchingEvaluation} (the README shows how). It prints, and writes
 * {@code target/matching-evaluation.txt}; it asserts nothing, as its figures are for people to read.
 */
@IntegrationTest
class MatchingEvaluation {

    private static final int SYNTHETIC_SIZE = 100_000;

    @Autowired
    private RulebookSnapshots snapshots;

    @Test
    void printsFiguresOfEachMatcher() throws IOException {
        RulebookSnapshot seeded = snapshots.current();
        LabelledCases cases = LabelledCases.load();
        List<String> report = new ArrayList<>();
        Confusion institutions = institutions(seeded, cases);
        Confusion programmes = programmes(seeded, cases);
        Confusion technology = technology(seeded, cases);
        report.add("Matching evaluation (" + cases.institutions().size() + " institution, " + cases.programmes().size()
                + " programme, " + cases.technology().size() + " technology cases)");
        report.add("institutions (seeded rulebook): " + institutions.summary());
        report.add("talent programmes:              " + programmes.summary());
        report.add("technology (micro-averaged):    " + technology.summary());
        List<String> names = cases.institutions().stream().map(LabelledCases.InstitutionCase::input).toList();
        report.add("latency, seeded rulebook (" + seeded.institutions().size() + " institutions): "
                + Latency.measure(names, name -> seeded.resolveInstitution(name, null)));
        RulebookSnapshot large = withSynthetic(seeded);
        Confusion institutionsAtScale = institutions(large, cases);
        List<String> largeQueries = new ArrayList<>(names);
        largeQueries.addAll(SyntheticInstitutions.queries(large.institutions(), 2000, 7));
        report.add("institutions (" + large.institutions().size() + " institutions):   "
                + institutionsAtScale.summary());
        report.add("latency, " + large.institutions().size() + " institutions: "
                + Latency.measure(largeQueries, name -> large.resolveInstitution(name, null)));
        report.add("");
        report.add("errors (institutions, seeded):");
        institutions.errors().forEach(e -> report.add("  " + e));
        report.add("errors (institutions, with synthetic entries):");
        institutionsAtScale.errors().forEach(e -> report.add("  " + e));
        report.add("errors (programmes):");
        programmes.errors().forEach(e -> report.add("  " + e));
        report.add("errors (technology):");
        technology.errors().forEach(e -> report.add("  " + e));
        report.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "matching-evaluation.txt"), report);
    }

    private static Confusion institutions(RulebookSnapshot rulebook, LabelledCases cases) {
        Confusion confusion = new Confusion();
        for (LabelledCases.InstitutionCase c : cases.institutions()) {
            Optional<InstitutionMatch> match = rulebook.resolveInstitution(c.input(), c.country());
            InstitutionRule rule = match.map(InstitutionMatch::institution).orElse(null);
            confusion.single(c.input() + " [" + c.country() + "]", c.expected(), rule == null ? null : rule.name(),
                    rule != null && hasName(rule.name(), rule.aliases(), c.expected()));
        }
        return confusion;
    }

    private static Confusion programmes(RulebookSnapshot rulebook, LabelledCases cases) {
        Confusion confusion = new Confusion();
        for (LabelledCases.ProgrammeCase c : cases.programmes()) {
            Optional<ProgrammeMatch> match = rulebook.resolveProgramme(c.input());
            confusion.single(c.input(), c.expected(), match.map(m -> m.programme().name()).orElse(null),
                    match.isPresent() && hasName(match.get().programme().name(), match.get().programme().aliases(),
                            c.expected()));
        }
        return confusion;
    }

    private static Confusion technology(RulebookSnapshot rulebook, LabelledCases cases) {
        Confusion confusion = new Confusion();
        double minConfidence = rulebook.policy().value(PolicyKey.MIN_TECHNOLOGY_CONFIDENCE) / 100.0;
        for (LabelledCases.TechnologyCase c : cases.technology()) {
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

    private static boolean hasName(String name, List<String> aliases, String expected) {
        String wanted = NameNormaliser.normalise(expected);
        if (wanted.isEmpty()) {
            return false;
        }
        return NameNormaliser.normalise(name).equals(wanted)
                || aliases.stream().anyMatch(alias -> NameNormaliser.normalise(alias).equals(wanted));
    }

    private static RulebookSnapshot withSynthetic(RulebookSnapshot seeded) {
        List<InstitutionRule> institutions = new ArrayList<>(seeded.institutions());
        institutions.addAll(SyntheticInstitutions.generate(SYNTHETIC_SIZE - institutions.size(), 42));
        return new RulebookSnapshot(seeded.revision(), seeded.changedAt(), institutions,
                seeded.technologyCategories(), seeded.talentProgrammes(), seeded.countries(), seeded.policy());
    }
}
