package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgTypes;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's system information functions, the ones clients call while they browse the catalog:
 * {@code version()}, {@code current_user}, {@code current_setting}, {@code pg_get_indexdef}, {@code
 * format_type}, the privilege checks ({@code has_table_privilege}: every user may do everything),
 * the comment lookups ({@code obj_description}: there are no comments) and the {@code reg*} output
 * functions. They read the statement's {@link SessionInfo}, so they are volatile (never folded at
 * plan time); without a session (inside a streaming view) they fail, and the view's row gets NULL.
 */
final class CatalogFunctions {
    private CatalogFunctions() {}

    private static final DataType TEXT = DataType.VARCHAR;
    private static final DataType OID = DataType.BIGINT;
    private static final DataType I4 = DataType.INTEGER;
    private static final DataType BOOL = DataType.BOOLEAN;
    private static final long STARTED_MICROS = EvalContext.currentMicros();

    /** A function of the session, volatile; {@code strict}: NULL in, NULL out. */
    private static void define(
            FunctionLibrary lib,
            String name,
            DataType result,
            boolean strict,
            RowFunction.Body body,
            DataType... params) {
        lib.define(name, result, (a, r) -> new RowFunction(name, r, strict, true, body), params);
    }

    private static SessionInfo session(EvalContext ctx, String function) {
        SessionInfo s = ctx.session();
        if (s == null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    function + "() is only available in queries, not in materialized views");
        }
        return s;
    }

    private static long oid(@Nullable Object v) {
        return ((Number) v).longValue();
    }

    static void register(FunctionLibrary lib) {
        define(lib, "version", TEXT, false, (a, c) -> session(c, "version").versionBanner());
        for (String n : List.of("current_database", "current_catalog")) {
            define(lib, n, TEXT, false, (a, c) -> session(c, n).database());
        }
        for (String n : List.of("current_user", "session_user", "user", "current_role")) {
            define(lib, n, TEXT, false, (a, c) -> session(c, n).user());
        }
        define(
                lib,
                "current_schema",
                TEXT,
                false,
                (a, c) -> {
                    List<String> path = session(c, "current_schema").searchPath(false);
                    return path.isEmpty() ? null : path.getFirst();
                });
        define(
                lib,
                "current_schemas",
                DataType.array(TEXT),
                true,
                (a, c) -> List.copyOf(session(c, "current_schemas").searchPath((Boolean) a[0])),
                BOOL);
        // pg_sleep(seconds): waits, cancellable (cancel request, statement_timeout); returns
        // PostgreSQL's void as an empty text
        define(
                lib,
                "pg_sleep",
                TEXT,
                true,
                (a, c) -> {
                    session(c, "pg_sleep");
                    double seconds = ((Number) a[0]).doubleValue();
                    long end = System.nanoTime() + (long) (Math.max(0, seconds) * 1e9);
                    while (System.nanoTime() < end) {
                        c.checkInterrupted();
                        try {
                            Thread.sleep(
                                    Math.min(
                                            10,
                                            Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new FreshetException(
                                    ErrorCode.QUERY_CANCELED,
                                    "canceling statement due to user request");
                        }
                    }
                    return "";
                },
                DataType.DOUBLE);
        define(
                lib,
                "pg_backend_pid",
                I4,
                false,
                (a, c) -> (long) session(c, "pg_backend_pid").backendPid());
        define(
                lib,
                "current_setting",
                TEXT,
                true,
                (a, c) -> session(c, "current_setting").setting((String) a[0], false),
                TEXT);
        define(
                lib,
                "current_setting",
                TEXT,
                true,
                (a, c) -> session(c, "current_setting").setting((String) a[0], (Boolean) a[1]),
                TEXT,
                BOOL);
        define(
                lib,
                "set_config",
                TEXT,
                false,
                (a, c) -> {
                    if (a[0] == null) {
                        throw new FreshetException(
                                ErrorCode.NULL_VALUE_NOT_ALLOWED, "SET requires parameter name");
                    }
                    return session(c, "set_config")
                            .setSetting(
                                    (String) a[0],
                                    a[1] == null ? "" : (String) a[1],
                                    Boolean.TRUE.equals(a[2]));
                },
                TEXT,
                TEXT,
                BOOL);
        define(
                lib,
                "pg_get_userbyid",
                TEXT,
                true,
                (a, c) -> {
                    String n = session(c, "pg_get_userbyid").roleName(oid(a[0]));
                    return n != null ? n : "unknown (OID=" + oid(a[0]) + ")";
                },
                OID);
        for (String n :
                List.of(
                        "pg_table_is_visible",
                        "pg_type_is_visible",
                        "pg_function_is_visible",
                        "pg_collation_is_visible",
                        "pg_opclass_is_visible",
                        "pg_operator_is_visible",
                        "pg_conversion_is_visible",
                        "pg_statistics_obj_is_visible")) {
            define(lib, n, BOOL, true, (a, c) -> session(c, n).visible(oid(a[0])), OID);
        }
        define(
                lib,
                "format_type",
                TEXT,
                false,
                (a, c) ->
                        a[0] == null
                                ? null
                                : PgTypes.formatType(
                                        oid(a[0]), a[1] == null ? -1 : (int) oid(a[1])),
                OID,
                I4);
        // pg_attrdef.adbin and friends hold the expression's text already
        define(lib, "pg_get_expr", TEXT, true, (a, c) -> a[0], TEXT, OID);
        define(lib, "pg_get_expr", TEXT, true, (a, c) -> a[0], TEXT, OID, BOOL);
        define(
                lib,
                "pg_get_indexdef",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_indexdef").indexDefinition(oid(a[0]), 0),
                OID);
        define(
                lib,
                "pg_get_indexdef",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_indexdef").indexDefinition(oid(a[0]), (int) oid(a[1])),
                OID,
                I4,
                BOOL);
        define(
                lib,
                "pg_get_indexdef",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_indexdef").indexDefinition(oid(a[0]), (int) oid(a[1])),
                OID,
                DataType.BIGINT,
                BOOL);
        define(
                lib,
                "pg_get_constraintdef",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_constraintdef").constraintDefinition(oid(a[0])),
                OID);
        define(
                lib,
                "pg_get_constraintdef",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_constraintdef").constraintDefinition(oid(a[0])),
                OID,
                BOOL);
        define(
                lib,
                "pg_get_viewdef",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_viewdef").viewDefinition(oid(a[0])),
                OID);
        define(
                lib,
                "pg_get_viewdef",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_viewdef").viewDefinition(oid(a[0])),
                OID,
                BOOL);
        define(
                lib,
                "pg_get_function_result",
                TEXT,
                true,
                (a, c) -> session(c, "pg_get_function_result").functionResult(oid(a[0])),
                OID);
        for (String n :
                List.of("pg_get_function_arguments", "pg_get_function_identity_arguments")) {
            define(lib, n, TEXT, true, (a, c) -> session(c, n).functionArguments(oid(a[0])), OID);
        }
        for (String n :
                List.of(
                        "pg_get_partkeydef",
                        "pg_get_triggerdef",
                        "pg_get_ruledef",
                        "pg_get_statisticsobjdef_columns",
                        "pg_get_function_sqlbody")) {
            define(lib, n, TEXT, true, (a, c) -> null, OID);
        }
        // int2vector and oidvector as text: the numbers separated by spaces (their arrays here)
        define(
                lib,
                "int2vectorout",
                TEXT,
                true,
                (a, c) -> vectorText(a[0]),
                DataType.array(DataType.SMALLINT));
        define(lib, "oidvectorout", TEXT, true, (a, c) -> vectorText(a[0]), DataType.array(I4));
        // Freshet has no sequences (no serial or identity columns): NULL for every column of a
        // relation that exists, 42P01 for one that does not, as in PostgreSQL
        define(
                lib,
                "pg_get_serial_sequence",
                TEXT,
                true,
                (a, c) -> {
                    String table = (String) a[0];
                    if (session(c, "pg_get_serial_sequence").relationOid(table) < 0) {
                        throw new FreshetException(
                                ErrorCode.UNDEFINED_TABLE,
                                "relation \"" + table + "\" does not exist");
                    }
                    return null;
                },
                TEXT,
                TEXT);
        // no object has a comment
        define(lib, "obj_description", TEXT, true, (a, c) -> null, OID);
        define(lib, "obj_description", TEXT, true, (a, c) -> null, OID, TEXT);
        define(lib, "col_description", TEXT, true, (a, c) -> null, OID, I4);
        define(lib, "shobj_description", TEXT, true, (a, c) -> null, OID, TEXT);
        // one superuser: every privilege is held
        for (String n :
                List.of(
                        "has_table_privilege",
                        "has_schema_privilege",
                        "has_database_privilege",
                        "has_function_privilege",
                        "has_sequence_privilege",
                        "has_any_column_privilege",
                        "has_tablespace_privilege",
                        "has_type_privilege",
                        "pg_has_role")) {
            for (DataType object : List.of(TEXT, OID)) {
                define(lib, n, BOOL, true, (a, c) -> true, object, TEXT);
                define(lib, n, BOOL, true, (a, c) -> true, TEXT, object, TEXT);
                define(lib, n, BOOL, true, (a, c) -> true, OID, object, TEXT);
            }
        }
        for (DataType table : List.of(TEXT, OID)) {
            define(lib, "has_column_privilege", BOOL, true, (a, c) -> true, table, TEXT, TEXT);
            define(lib, "has_column_privilege", BOOL, true, (a, c) -> true, table, I4, TEXT);
        }
        define(
                lib,
                "pg_encoding_to_char",
                TEXT,
                true,
                (a, c) -> oid(a[0]) == 6 ? "UTF8" : oid(a[0]) == 0 ? "SQL_ASCII" : "",
                I4);
        define(lib, "pg_char_to_encoding", I4, true, (a, c) -> 6L, TEXT);
        for (String n :
                List.of(
                        "pg_table_size",
                        "pg_relation_size",
                        "pg_total_relation_size",
                        "pg_indexes_size")) {
            define(lib, n, DataType.BIGINT, true, (a, c) -> 0L, OID);
        }
        define(lib, "pg_database_size", DataType.BIGINT, true, (a, c) -> 0L, TEXT);
        define(lib, "pg_database_size", DataType.BIGINT, true, (a, c) -> 0L, OID);
        define(lib, "pg_size_pretty", TEXT, true, (a, c) -> sizePretty(oid(a[0])), DataType.BIGINT);
        define(lib, "pg_is_in_recovery", BOOL, false, (a, c) -> false);
        define(lib, "pg_relation_is_publishable", BOOL, true, (a, c) -> false, OID);
        define(lib, "pg_is_other_temp_schema", BOOL, true, (a, c) -> false, OID);
        define(lib, "pg_my_temp_schema", OID, false, (a, c) -> 0L);
        define(lib, "txid_current", DataType.BIGINT, false, (a, c) -> 1L);
        // the engine's start (this class loads with the function library, when the server starts)
        define(
                lib,
                "pg_postmaster_start_time",
                DataType.TIMESTAMPTZ,
                false,
                (a, c) -> STARTED_MICROS);
        define(lib, "pg_conf_load_time", DataType.TIMESTAMPTZ, false, (a, c) -> STARTED_MICROS);
        define(lib, "pg_stat_get_numscans", DataType.BIGINT, true, (a, c) -> 0L, OID);
        define(
                lib,
                "regclassin",
                OID,
                true,
                (a, c) -> {
                    String name = (String) a[0];
                    long oid = session(c, "regclass").relationOid(name);
                    if (oid < 0) {
                        throw new FreshetException(
                                ErrorCode.UNDEFINED_TABLE,
                                "relation \"" + name + "\" does not exist");
                    }
                    return oid;
                },
                TEXT);
        define(lib, "regclassin", OID, true, (a, c) -> a[0], OID);
        define(
                lib,
                "regclassout",
                TEXT,
                true,
                (a, c) -> orOid(session(c, "regclass").relationName(oid(a[0])), a[0]),
                OID);
        define(
                lib,
                "regtypeout",
                TEXT,
                true,
                (a, c) -> orOid(PgTypes.formatType(oid(a[0]), -1), a[0]),
                OID);
        define(
                lib,
                "regnamespaceout",
                TEXT,
                true,
                (a, c) -> orOid(session(c, "regnamespace").schemaName(oid(a[0])), a[0]),
                OID);
        define(
                lib,
                "regroleout",
                TEXT,
                true,
                (a, c) -> orOid(session(c, "regrole").roleName(oid(a[0])), a[0]),
                OID);
        define(
                lib,
                "regprocout",
                TEXT,
                true,
                (a, c) -> orOid(session(c, "regproc").functionName(oid(a[0])), a[0]),
                OID);
    }

    private static String vectorText(@Nullable Object vector) {
        StringBuilder sb = new StringBuilder();
        for (Object v : (List<?>) vector) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(v);
        }
        return sb.toString();
    }

    private static String orOid(@Nullable String name, @Nullable Object oid) {
        if (name != null) {
            return name;
        }
        long v = oid(oid);
        return v == 0 ? "-" : Long.toString(v);
    }

    /** {@code pg_size_pretty}: bytes, kB, MB, GB, TB, rounding as PostgreSQL does. */
    static String sizePretty(long bytes) {
        long limit = 10 * 1024;
        long abs = Math.abs(bytes);
        if (abs < limit) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        for (String unit : units) {
            v /= 1024;
            if (Math.abs(v) < limit || unit.equals("PB")) {
                return Math.round(v) + " " + unit;
            }
        }
        return bytes + " bytes";
    }
}
