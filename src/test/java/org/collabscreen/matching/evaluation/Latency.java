package org.collabscreen.matching.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Per-query latency of a matcher over a list of queries, after a warm-up: wall-clock time, and the CPU time of the
 * measuring thread, which other processes on a busy machine disturb far less than the wall clock.
 */
final class Latency {

    private static final int WARM_UP_ROUNDS = 10;
    private static final int MEASURED_ROUNDS = 5;

    private Latency() {}

    static String measure(List<String> queries, Consumer<String> matcher) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            queries.forEach(matcher);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries.size() * MEASURED_ROUNDS];
        long[] cpuNanos = new long[nanos.length];
        int n = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String query : queries) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                matcher.accept(query);
                nanos[n] = System.nanoTime() - start;
                cpuNanos[n++] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        return String.format(
                Locale.ROOT,
                "p50 %.3f ms, p99 %.3f ms, max %.3f ms over %d queries (CPU time: p50 %.3f ms, p99 %.3f ms)",
                percentile(nanos, 0.50),
                percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6,
                nanos.length,
                percentile(cpuNanos, 0.50),
                percentile(cpuNanos, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
