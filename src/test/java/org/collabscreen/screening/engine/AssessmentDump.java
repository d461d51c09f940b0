package org.collabscreen.screening.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.collabscreen.matching.evaluation.LabelledCases;
import org.collabscreen.matching.evaluation.SyntheticInstitutions;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.seed.SeedRulebook;

/**
 * The equivalence check for performance work on the engine and the matchers: writes, one line each, the assessment of
 * every proposal of the JMH benchmark's generator (seeds 1–20 on the seeded rulebook, seed 99 on one grown to 100,000
 * institutions) and of a proposal built from every labelled evaluation case, with what each matcher returns for that
 * case. A change that must not alter results leaves the file byte-identical ({@code cmp}). Not a test: run it with
 * {@code java -cp <test classpath> org.collabscreen.screening.engine.AssessmentDump OUT [--no-large]}.
 */
public final class AssessmentDump {

    private static final int LARGE_RULEBOOK = 100_000;

    private AssessmentDump() {}

    public static void main(String[] args) throws IOException {
        RulebookSnapshot seeded = SeedRulebook.snapshot();
        ScreeningEngine engine = new ScreeningEngine();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int seed = 1; seed <= 20; seed++) {
                for (ScreeningSubject subject :
                        RandomSubjects.stream(new Random(seed), 1000).toList()) {
                    out.println(engine.screen(subject, seeded));
                }
            }
            for (String set : LabelledCases.FOLDERS) {
                evaluationCases(set, seeded, engine, out);
            }
            if (args.length < 2 || !args[1].equals("--no-large")) {
                RulebookSnapshot large = SyntheticInstitutions.grown(seeded, LARGE_RULEBOOK);
                for (ScreeningSubject subject :
                        RandomSubjects.stream(new Random(99), 600).toList()) {
                    out.println(engine.screen(subject, large));
                }
            }
        }
    }

    private static void evaluationCases(
            String set, RulebookSnapshot rulebook, ScreeningEngine engine, PrintWriter out) {
        for (String[] row : rows(set + "/institutions.tsv")) {
            String country = row.length > 1 && !row[1].isBlank() ? row[1].strip() : null;
            out.println(rulebook.matchInstitutions(row[0], country, 5));
            out.println(engine.screen(
                    new ScreeningSubject(row[0], country, null, null, null, List.of(), List.of()), rulebook));
        }
        for (String[] row : rows(set + "/programmes.tsv")) {
            out.println(rulebook.matchProgrammes(row[0], 5));
            out.println(rulebook.findProgrammesIn(row[0]));
            out.println(engine.screen(
                    new ScreeningSubject(
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(new ScreeningSubject.Researcher("R", List.of(), List.of(row[0]))),
                            List.of()),
                    rulebook));
        }
        for (String[] row : rows(set + "/technology.tsv")) {
            out.println(rulebook.classify(row[0]));
            out.println(engine.screen(
                    new ScreeningSubject(null, null, null, null, row[0], List.of(), List.of()), rulebook));
        }
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = AssessmentDump.class.getResourceAsStream("/evaluation/" + file)) {
            if (in == null) {
                return List.of();
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
