package org.collabscreen.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells database failures that a retry may cure (the server is unreachable, restarting, out of connections, or a
 * statement or lock waited too long) from the rest, whatever layer wrapped them: Spring's translation does not
 * classify every case (PostgreSQL's "terminating connection due to administrator command" arrives as a generic JPA
 * error), so the SQL state of the JDBC cause decides where there is one.
 */
public final class DatabaseFailures {

    /** Why a retry may work: the database cannot be reached, or it is up but a statement or lock timed out. */
    enum Kind {
        UNAVAILABLE,
        BUSY
    }

    /** Connection exceptions (08), insufficient resources (53), operator intervention (57P01-57P05). */
    private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53");

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57P04", "57P05");
    /** Statement timeout or cancel (57014), lock not available (55P03), deadlock (40P01), serialization (40001). */
    private static final Set<String> BUSY_STATES = Set.of("57014", "55P03", "40P01", "40001");

    private DatabaseFailures() {}

    /**
     * A transaction that could not even be rolled back or committed because its connection is gone: when a request
     * fails on a connection PostgreSQL just cut, the rollback that follows fails too, and its exception (Hibernate's
     * "Unable to rollback", over HikariCP's "Connection is closed", which has no SQL state) is what reaches us.
     */
    private static boolean connectionGone(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof org.hibernate.TransactionException) {
            return message.startsWith("Unable to rollback") || message.startsWith("Unable to commit");
        }
        return e instanceof SQLException sql && sql.getSQLState() == null && message.equals("Connection is closed");
    }

    /** Whether a retry may cure the failure: the database was unreachable or busy, not the data wrong. */
    public static boolean isTransient(Throwable e) {
        return classify(e).isPresent();
    }

    /** Whether the database could not be reached at all (down, restarting, out of connections), not merely busy. */
    public static boolean isUnreachable(Throwable e) {
        return classify(e).filter(Kind.UNAVAILABLE::equals).isPresent();
    }

    /** The kind of transient database failure behind the exception, if it is one. */
    static Optional<Kind> classify(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return Optional.empty();
            }
            Optional<Kind> kind = ofOne(cause);
            if (kind.isPresent()) {
                return kind;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> ofOne(Throwable e) {
        if (connectionGone(e)) {
            return Optional.of(Kind.UNAVAILABLE);
        }
        if (e instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (UNAVAILABLE_STATES.contains(state)
                    || state.length() >= 2 && UNAVAILABLE_CLASSES.contains(state.substring(0, 2))) {
                return Optional.of(Kind.UNAVAILABLE);
            }
            if (BUSY_STATES.contains(state)) {
                return Optional.of(Kind.BUSY);
            }
        }
        if (e instanceof QueryTimeoutException
                || e instanceof PessimisticLockingFailureException
                || e instanceof jakarta.persistence.QueryTimeoutException
                || e instanceof jakarta.persistence.LockTimeoutException
                || e instanceof jakarta.persistence.PessimisticLockException) {
            return Optional.of(Kind.BUSY);
        }
        if (e instanceof DataAccessResourceFailureException
                || e instanceof TransientDataAccessResourceException
                || e instanceof CannotCreateTransactionException
                || e instanceof SQLTransientException
                || e instanceof SQLRecoverableException
                || e instanceof java.sql.SQLNonTransientConnectionException) {
            return Optional.of(Kind.UNAVAILABLE);
        }
        return Optional.empty();
    }
}
