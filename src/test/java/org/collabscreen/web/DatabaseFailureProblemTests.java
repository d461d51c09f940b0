package org.collabscreen.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures a client may retry (503 with Retry-After) and which are bugs (500), however they are wrapped. */
class DatabaseFailureProblemTests {

    private final ProblemHandler handler = new ProblemHandler();

    static Stream<Exception> unavailable() {
        return Stream.of(
                // PostgreSQL's immediate shutdown reaches a pooled connection as a generic JPA error (57P01)
                new JpaSystemException(new GenericJDBCException(
                        "could not execute statement",
                        new SQLException("terminating connection due to administrator command", "57P01"))),
                new TransactionSystemException(
                        "Could not commit", new SQLException("An I/O error occurred while sending", "08006")),
                new CannotCreateTransactionException(
                        "Could not open JPA EntityManager",
                        new JDBCConnectionException(
                                "Unable to acquire JDBC Connection",
                                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"),
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"),
                new JpaSystemException(
                        new RuntimeException(new SQLException("the database system is starting up", "57P03"))),
                new JpaSystemException(new RuntimeException(new SQLException("too many connections", "53300"))),
                // the rollback after a cut connection fails too, and its exception replaces the original one
                new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))));
    }

    static Stream<Exception> busy() {
        return Stream.of(
                new QueryTimeoutException("statement timeout"),
                new CannotAcquireLockException("lock timeout"),
                new JpaSystemException(new RuntimeException(
                        new SQLException("canceling statement due to statement timeout", "57014"))),
                new JpaSystemException(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    }

    static Stream<Exception> bugs() {
        return Stream.of(
                new IllegalStateException("a bug"),
                new DataIntegrityViolationException("duplicate key", new SQLException("duplicate", "23505")),
                new JpaSystemException(new RuntimeException(new SQLException("syntax error", "42601"))),
                new ObjectOptimisticLockingFailureException("Proposal", "id"),
                new JpaSystemException(new org.hibernate.TransactionException("Transaction already active")));
    }

    @ParameterizedTest
    @MethodSource("unavailable")
    void answersDatabaseUnavailableWithRetryAfter(Exception failure) {
        var response = handler.unexpected(failure);
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getBody().getType()).hasToString("/problems/database-unavailable");
        assertThat(DatabaseFailures.isUnreachable(failure)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("busy")
    void answersDatabaseBusyWithAShortRetryAfter(Exception failure) {
        var response = handler.unexpected(failure);
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(response.getBody().getType()).hasToString("/problems/database-busy");
        assertThat(DatabaseFailures.isUnreachable(failure)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("bugs")
    void answersOtherFailuresAsInternalErrors(Exception failure) {
        var response = handler.unexpected(failure);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getProperties()).containsKey("correlationId");
        assertThat(DatabaseFailures.isUnreachable(failure)).isFalse();
    }
}
