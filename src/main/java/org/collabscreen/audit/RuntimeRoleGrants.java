package org.collabscreen.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every migration, the schema owner (Flyway's user) grants the application's runtime role (the datasource's
 * user) what it needs: every table's rows, except that the audit trail may only be read and appended to, never
 * updated or deleted, and Flyway's history not at all. Re-applied at each start, so tables of later migrations are
 * covered. When both are the same role, the trail is guarded by its triggers only, and a warning says so.
 */
@Component
class RuntimeRoleGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(RuntimeRoleGrants.class);
    private static final String APPEND_ONLY = "audit_record, audit_seal, audit_checkpoint";

    private final DataSource application;

    RuntimeRoleGrants(DataSource application) {
        this.application = application;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Connection runtime = application.getConnection()) {
            String role = single(runtime, "select current_user");
            String owner = single(context.getConnection(), "select current_user");
            if (role.equals(owner)
                    || "true"
                            .equals(single(
                                    runtime, "select rolsuper::text from pg_roles where rolname = current_user"))) {
                log.warn(
                        "The application connects to PostgreSQL as {}, which owns the schema or is a superuser: it could"
                                + " rewrite the audit trail. Give Flyway the owner (spring.flyway.user) and the application a"
                                + " role of its own (spring.datasource.username); see docs/audit.md.",
                        role);
                return;
            }
            grant(context, quoted(role));
            log.info("Runtime role {} may read and append to the audit trail, never change it", role);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime role its privileges", e);
        }
    }

    private static void grant(Context context, String role) throws SQLException {
        String schema = quoted(single(context.getConnection(), "select current_schema()"));
        String history = schema + "." + quoted(context.getConfiguration().getTable());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("grant usage on schema " + schema + " to " + role);
            statement.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
            statement.execute("grant usage, select on all sequences in schema " + schema + " to " + role);
            statement.execute("revoke all on " + history + " from " + role);
            statement.execute("revoke update, delete, truncate on " + APPEND_ONLY + " from " + role);
            statement.execute("revoke insert, update, delete, truncate on audit_event from " + role);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : "";
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getCallbackName() {
        return "collabscreen-runtime-role-grants";
    }
}
