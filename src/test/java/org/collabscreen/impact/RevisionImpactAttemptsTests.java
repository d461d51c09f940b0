package org.collabscreen.impact;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed batch costs its job: an attempt, unless the database was out of reach. */
class RevisionImpactAttemptsTests {

    @Test
    void aDatabaseOutOfReachPausesTheJobWithoutCostingAnAttempt() {
        assertThat(RevisionImpactWorker.countsAsAttempt(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLException("Connection refused", "08001"))))
                .isFalse();
        assertThat(RevisionImpactWorker.countsAsAttempt(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLException("the database system is shutting down", "57P03"))))
                .isFalse();
    }

    @Test
    void anyOtherFailureCostsAnAttemptEvenATimeoutThatMayComeBackEveryTime() {
        assertThat(RevisionImpactWorker.countsAsAttempt(new IllegalStateException("researchers is not a list")))
                .isTrue();
        assertThat(RevisionImpactWorker.countsAsAttempt(
                        new QueryTimeoutException("canceling statement due to statement timeout")))
                .isTrue();
    }
}
