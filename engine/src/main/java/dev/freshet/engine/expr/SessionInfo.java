package dev.freshet.engine.expr;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the system information functions ({@code current_user}, {@code current_setting}, {@code
 * pg_get_indexdef}, {@code format_type} of a relation, ...) read: the session running the statement
 * and the catalog as that statement sees it. Present in the {@link EvalContext} of ad-hoc queries
 * and DML; absent in streaming views, where these functions yield NULL.
 */
public interface SessionInfo {
    /** The user the session authenticated as ({@code current_user}, {@code session_user}). */
    String user();

    /** The database the session connected to ({@code current_database()}). */
    String database();

    /** The server's version banner ({@code version()}). */
    String versionBanner();

    /** The backend process id the client was given at startup. */
    int backendPid();

    /** The schemas searched for unqualified names, in order, implicit ones included if asked. */
    List<String> searchPath(boolean includeImplicit);

    /** {@code current_setting(name [, missing_ok])}: null only when missing and allowed. */
    @Nullable String setting(String name, boolean missingOk);

    /** Every run-time parameter and its value ({@code pg_settings}, {@code SHOW ALL}). */
    java.util.Map<String, String> settings();

    /** {@code set_config(name, value, is_local)}: sets a run-time parameter, returns its value. */
    String setSetting(String name, String value, boolean local);

    /** The name of the relation with this OID, schema-qualified where needed, or null. */
    @Nullable String relationName(long oid);

    /** The OID of the relation a (possibly qualified, quoted) name denotes, or -1. */
    long relationOid(String name);

    /** The name of the schema with this OID, or null. */
    @Nullable String schemaName(long oid);

    /** The name of the role with this OID, or null. */
    @Nullable String roleName(long oid);

    /** The name of the function with this OID, or null. */
    @Nullable String functionName(long oid);

    /** {@code pg_get_indexdef}: the CREATE INDEX statement of an index (column > 0: its name). */
    @Nullable String indexDefinition(long oid, int column);

    /** {@code pg_get_constraintdef}: a constraint's definition, e.g. {@code PRIMARY KEY (id)}. */
    @Nullable String constraintDefinition(long oid);

    /** {@code pg_get_viewdef}: a view's query. */
    @Nullable String viewDefinition(long oid);

    /** {@code pg_get_function_result}: the return type of a function. */
    @Nullable String functionResult(long oid);

    /** {@code pg_get_function_arguments}: the argument list of a function. */
    @Nullable String functionArguments(long oid);

    /** Whether an object with this OID exists and is visible on the search path. */
    boolean visible(long oid);
}
