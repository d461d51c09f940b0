package org.collabscreen.screening;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.collabscreen.vocabulary.RiskLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts stored screenings by overall risk level ({@code collabscreen.screenings}, tag {@code level}) once their
 * transaction has committed, so a rolled-back write counts nothing. One tally per transaction, however many
 * screenings it stores.
 */
@Component
class ScreeningMetrics {

    private static final RiskLevel[] LEVELS = RiskLevel.values();

    private final Counter[] byLevel = new Counter[LEVELS.length];

    ScreeningMetrics(MeterRegistry registry) {
        for (RiskLevel level : LEVELS) {
            byLevel[level.ordinal()] = Counter.builder("collabscreen.screenings")
                    .description("Screenings stored, by overall risk level")
                    .tag("level", level.name())
                    .register(registry);
        }
    }

    void countWhenCommitted(List<PreparedScreening> stored) {
        int[] tally = new int[LEVELS.length];
        stored.forEach(screening -> tally[screening.overallRisk().ordinal()]++);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            add(tally);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                add(tally);
            }
        });
    }

    private void add(int[] tally) {
        for (int level = 0; level < tally.length; level++) {
            if (tally[level] > 0) {
                byLevel[level].increment(tally[level]);
            }
        }
    }
}
