package org.collabscreen.screening.engine;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.collabscreen.matching.evaluation.SyntheticInstitutions;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screenings per second on one thread (so per core) against the seeded rulebook and against one grown to 100,000
 * institutions, with varied random proposals. A JMH benchmark, not a test: {@code scripts/benchmark} runs it; {@code
 * verify} does not. Alone: {@code java -cp <test classpath> org.openjdk.jmh.Main ScreeningEngineBenchmark}.
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
public class ScreeningEngineBenchmark {

    private static final int SUBJECTS = 1024;
    private static final int LARGE_RULEBOOK = 100_000;

    @Param({"seed", "100k-institutions"})
    public String rulebook;

    private final ScreeningEngine engine = new ScreeningEngine();
    private RulebookSnapshot snapshot;
    private ScreeningSubject[] subjects;
    private int next;

    @Setup
    public void prepare() {
        RulebookSnapshot seeded = SeedRulebook.snapshot();
        snapshot = rulebook.equals("seed") ? seeded : SyntheticInstitutions.grown(seeded, LARGE_RULEBOOK);
        subjects = RandomSubjects.stream(new Random(11), SUBJECTS).toArray(ScreeningSubject[]::new);
    }

    @Benchmark
    public Assessment screen() {
        next = (next + 1) % SUBJECTS;
        return engine.screen(subjects[next], snapshot);
    }
}
