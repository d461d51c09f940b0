package org.collabscreen.screening.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.framework.FrameworkFacts;
import org.collabscreen.framework.FrameworkVerdicts;
import org.collabscreen.framework.Tie;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.Assessment;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.seed.SeedRulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screenings per second on one thread as the service makes them for a POST: the engine, then the verdicts of all
 * seven funder frameworks (the default), on one view of the seeded snapshot per screening, as in
 * {@code ScreeningService}. The same proposals as {@link ScreeningEngineBenchmark}. Run by {@code scripts/benchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g", "-XX:+UseSerialGC"})
@Threads(1)
public class ScreeningWithVerdictsBenchmark {

    private static final int SUBJECTS = 1024;
    private static final LocalDate DECISION_DATE = LocalDate.of(2026, 6, 1);

    private final ScreeningEngine engine = new ScreeningEngine();
    private final FrameworkVerdicts verdicts = new FrameworkVerdicts();
    private RulebookSnapshot snapshot;
    private ScreeningSubject[] subjects;
    private FrameworkFacts[] facts;
    private int next;

    @Setup
    public void prepare() {
        snapshot = SeedRulebook.withFrameworks();
        subjects = RandomSubjects.stream(new Random(11), SUBJECTS).toArray(ScreeningSubject[]::new);
        facts = new FrameworkFacts[SUBJECTS];
        for (int i = 0; i < SUBJECTS; i++) {
            facts[i] = factsOf(subjects[i]);
        }
    }

    @Benchmark
    public Assessment screen() {
        next = (next + 1) % SUBJECTS;
        RulebookSnapshot oneScreening = snapshot.forOneScreening();
        return engine.screen(subjects[next], oneScreening).withVerdicts(verdicts.evaluate(facts[next], oneScreening));
    }

    /** What a POST of the subject with no framework request is judged on: every framework, names only. */
    static FrameworkFacts factsOf(ScreeningSubject subject) {
        return new FrameworkFacts(
                List.of(FrameworkCode.values()),
                DECISION_DATE,
                subject.institution(),
                subject.country(),
                subject.technologyArea(),
                subject.title(),
                subject.description(),
                subject.researchers().stream()
                        .map(researcher -> new FrameworkFacts.Researcher(
                                researcher.name(),
                                null,
                                researcher.affiliations().stream()
                                        .map(Tie::named)
                                        .toList(),
                                researcher.talentProgrammes().stream()
                                        .map(Tie::named)
                                        .toList(),
                                List.of(),
                                null,
                                null,
                                null))
                        .toList(),
                subject.fundingSources().stream()
                        .map(funder -> new FrameworkFacts.Funder(funder.name(), funder.country()))
                        .toList(),
                null,
                null,
                null,
                null);
    }
}
