package se.arshjul.suppliers.registry;

import java.sql.SQLException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A save that lost a race: a unique index refused the row, or the database gave up waiting for the
 * other transaction's lock (SQL state class 23 where the driver's error is not translated). Spring
 * Data JDBC wraps these, so the cause chain is searched.
 */
public final class Conflicts {

    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataIntegrityViolationException
                    || t instanceof ConcurrencyFailureException && !(t instanceof OptimisticLockingFailureException)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private Conflicts() {}
}
