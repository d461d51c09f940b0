package org.collabscreen.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.collabscreen.vocabulary.RiskLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScreeningMetrics metrics = new ScreeningMetrics(registry);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void countsScreeningsByLevelOnlyOnceTheirTransactionCommits() {
        TransactionSynchronizationManager.initSynchronization();

        metrics.countWhenCommitted(List.of(stored(RiskLevel.HIGH), stored(RiskLevel.HIGH), stored(RiskLevel.LOW)));

        assertThat(count(RiskLevel.HIGH)).isZero();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(count(RiskLevel.HIGH)).isEqualTo(2);
        assertThat(count(RiskLevel.LOW)).isEqualTo(1);
        assertThat(count(RiskLevel.CRITICAL)).isZero();
    }

    @Test
    void aRolledBackTransactionCountsNothing() {
        TransactionSynchronizationManager.initSynchronization();

        metrics.countWhenCommitted(List.of(stored(RiskLevel.CRITICAL)));
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(synchronization ->
                        synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        assertThat(count(RiskLevel.CRITICAL)).isZero();
    }

    private double count(RiskLevel level) {
        return registry.get("collabscreen.screenings")
                .tag("level", level.name())
                .counter()
                .count();
    }

    private static PreparedScreening stored(RiskLevel level) {
        return new PreparedScreening(
                UUID.randomUUID(), UUID.randomUUID(), Instant.now(), 2, level, 0, 0, new byte[0], null, false);
    }
}
