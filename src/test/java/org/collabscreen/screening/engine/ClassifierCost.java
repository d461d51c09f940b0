package org.collabscreen.screening.engine;

import java.lang.management.ManagementFactory;
import java.util.Random;

import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.screening.ScreeningSubject;
import org.collabscreen.seed.SeedRulebook;

/**
 * What technology classification costs, in measures a busy machine disturbs little: bytes allocated and CPU time of
 * the measuring thread per screening and per classified text on the seeded rulebook, and the time to compile a
 * rulebook snapshot again. Not a test ({@code verify} does not run it); run with the test class path:
 * {@code java -cp <test class path> org.collabscreen.screening.engine.ClassifierCost}.
 */
public final class ClassifierCost {

    private static final String[] TEXTS = {
        "semiconductor lithography",
        "flexible electronics",
        "wearable sensor patches",
        "machine learning for crops",
        "river pollution monitoring",
        "medieval manuscripts",
        "quantum computing",
        "printed electronics on wafer",
        "integrated circuit lithography on a semiconductor wafer"
    };
    private static final int ROUNDS = 20_000;

    private ClassifierCost() {}

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        RulebookSnapshot seeded = SeedRulebook.snapshot();
        long rebuild = System.nanoTime();
        new RulebookSnapshot(
                seeded.revision(),
                seeded.changedAt(),
                seeded.institutions(),
                seeded.technologyCategories(),
                seeded.talentProgrammes(),
                seeded.countries(),
                seeded.policy());
        System.out.printf("snapshot compiled again: %.0f ms%n", (System.nanoTime() - rebuild) / 1e6);
        ScreeningSubject[] subjects =
                RandomSubjects.stream(new Random(11), 1024).toArray(ScreeningSubject[]::new);
        ScreeningEngine engine = new ScreeningEngine();
        for (int i = 0; i < ROUNDS; i++) {
            engine.screen(subjects[i % subjects.length], seeded);
            seeded.classify(TEXTS[i % TEXTS.length]);
        }
        long bytes = thread.getThreadAllocatedBytes(id);
        long cpu = thread.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            engine.screen(subjects[i % subjects.length], seeded);
        }
        System.out.printf(
                "per screening: %.0f bytes allocated, %.1f us CPU%n",
                (thread.getThreadAllocatedBytes(id) - bytes) / (double) ROUNDS,
                (thread.getCurrentThreadCpuTime() - cpu) / 1e3 / ROUNDS);
        bytes = thread.getThreadAllocatedBytes(id);
        cpu = thread.getCurrentThreadCpuTime();
        for (int i = 0; i < ROUNDS; i++) {
            seeded.classify(TEXTS[i % TEXTS.length]);
        }
        System.out.printf(
                "per classified text: %.0f bytes allocated, %.1f us CPU%n",
                (thread.getThreadAllocatedBytes(id) - bytes) / (double) ROUNDS,
                (thread.getCurrentThreadCpuTime() - cpu) / 1e3 / ROUNDS);
    }
}
