package dev.freshet.engine.syscat;

import dev.freshet.engine.catalog.Catalog;
import dev.freshet.engine.catalog.CatalogEntry;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.IndexEntry;
import dev.freshet.engine.catalog.PlainViewEntry;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.catalog.UserFunction;
import dev.freshet.engine.catalog.ViewEntry;
import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The objects the system catalog shows besides relations, derived from the catalog with stable
 * OIDs: each table with a primary key has an index {@code <table>_pkey} (OID {@link #PK_INDEX_BASE}
 * + table OID) and a constraint of the same name ({@link #PK_CONSTRAINT_BASE} + table OID);
 * built-in functions are numbered from {@link #BUILTIN_FUNCTION_BASE} in name order, SQL functions
 * from {@link #USER_FUNCTION_BASE}. Also the textual definitions ({@code pg_get_indexdef}, {@code
 * pg_get_constraintdef}) and names ({@code ::regclass}) of objects.
 */
public final class CatalogObjects {
    private CatalogObjects() {}

    public static final int PG_CATALOG = 11;
    public static final int PUBLIC = 2200;
    public static final int INFORMATION_SCHEMA = 13183;

    /** The one role: the bootstrap superuser, owner of everything. */
    public static final int OWNER = 10;

    public static final int PK_INDEX_BASE = 1_000_000_000;
    public static final int PK_CONSTRAINT_BASE = 1_100_000_000;
    public static final int BUILTIN_FUNCTION_BASE = 5000;
    public static final int USER_FUNCTION_BASE = 1_200_000_000;

    /** Access methods: heap for tables and views, btree for indexes. */
    public static final int HEAP = 2;

    public static final int BTREE = 403;

    /** {@code pg_am} OID of the hash access method (CREATE INDEX makes hash indexes). */
    public static final int HASH = 405;

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** The schema name of a namespace OID, or null. */
    public static @Nullable String schemaName(long oid) {
        if (oid == PG_CATALOG) {
            return "pg_catalog";
        }
        if (oid == PUBLIC) {
            return "public";
        }
        if (oid == INFORMATION_SCHEMA) {
            return "information_schema";
        }
        return null;
    }

    /** The namespace OID of a schema name, or -1. */
    public static int schemaOid(String name) {
        return switch (name) {
            case "pg_catalog" -> PG_CATALOG;
            case "public" -> PUBLIC;
            case "information_schema" -> INFORMATION_SCHEMA;
            default -> -1;
        };
    }

    /** {@code quote_ident}: the name as SQL must spell it. */
    public static String quoteIdent(String name) {
        if (PLAIN_IDENTIFIER.matcher(name).matches()) {
            return name;
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The name of the primary key index and constraint of a table. */
    public static String primaryKeyName(TableEntry t) {
        return t.name() + "_pkey";
    }

    /** Tables that have a primary key, in name order. */
    public static List<TableEntry> keyedTables(Catalog catalog) {
        List<TableEntry> out = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            if (e instanceof TableEntry t && t.hasPrimaryKey()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The table whose primary key index or constraint has this OID. */
    public static Optional<TableEntry> keyOwner(Catalog catalog, long oid) {
        long tableOid;
        if (oid >= PK_CONSTRAINT_BASE && oid < USER_FUNCTION_BASE) {
            tableOid = oid - PK_CONSTRAINT_BASE;
        } else if (oid >= PK_INDEX_BASE && oid < PK_CONSTRAINT_BASE) {
            tableOid = oid - PK_INDEX_BASE;
        } else {
            return Optional.empty();
        }
        return catalog.find((int) tableOid)
                .filter(e -> e instanceof TableEntry t && t.hasPrimaryKey())
                .map(e -> (TableEntry) e);
    }

    /** The key columns of a table's primary key, quoted and comma-separated. */
    public static String keyColumns(TableEntry t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.primaryKey().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(quoteIdent(t.columns().get(t.primaryKey().get(i)).name()));
        }
        return sb.toString();
    }

    /** The secondary index (CREATE INDEX) with this OID. */
    private static Optional<IndexEntry> userIndex(Catalog catalog, long oid) {
        for (IndexEntry i : catalog.indexes()) {
            if (i.oid() == oid) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** {@code pg_get_indexdef(oid, column)}. */
    public static @Nullable String indexDefinition(Catalog catalog, long oid, int column) {
        Optional<IndexEntry> user = userIndex(catalog, oid);
        if (user.isPresent()) {
            IndexEntry i = user.get();
            Optional<CatalogEntry> rel = catalog.find(i.relation());
            if (rel.isEmpty()) {
                return null;
            }
            List<ColumnDef> cols = rel.get().columns();
            if (column > 0) {
                return column <= i.columns().size()
                        ? quoteIdent(cols.get(i.columns().get(column - 1)).name())
                        : null;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < i.columns().size(); k++) {
                sb.append(k > 0 ? ", " : "")
                        .append(quoteIdent(cols.get(i.columns().get(k)).name()));
            }
            return "CREATE INDEX "
                    + quoteIdent(i.name())
                    + " ON public."
                    + quoteIdent(rel.get().name())
                    + " USING hash ("
                    + sb
                    + ")";
        }
        Optional<TableEntry> t = keyOwner(catalog, oid);
        if (t.isEmpty() || oid >= PK_CONSTRAINT_BASE) {
            return null;
        }
        TableEntry table = t.get();
        if (column > 0) {
            return column <= table.primaryKey().size()
                    ? quoteIdent(table.columns().get(table.primaryKey().get(column - 1)).name())
                    : null;
        }
        return "CREATE UNIQUE INDEX "
                + quoteIdent(primaryKeyName(table))
                + " ON public."
                + quoteIdent(table.name())
                + " USING btree ("
                + keyColumns(table)
                + ")";
    }

    /** {@code pg_get_constraintdef(oid)}. */
    public static @Nullable String constraintDefinition(Catalog catalog, long oid) {
        if (oid < PK_CONSTRAINT_BASE) {
            return null;
        }
        return keyOwner(catalog, oid).map(t -> "PRIMARY KEY (" + keyColumns(t) + ")").orElse(null);
    }

    /**
     * The name of a relation (table, view, index, system table) as {@code ::regclass} prints it.
     */
    public static @Nullable String relationName(Catalog catalog, long oid) {
        if (oid <= 0 || oid > Integer.MAX_VALUE) {
            return null;
        }
        Optional<CatalogEntry> e = catalog.find((int) oid);
        if (e.isPresent()) {
            return quoteIdent(e.get().name());
        }
        Optional<TableEntry> keyed = keyOwner(catalog, oid);
        if (keyed.isPresent() && oid < PK_CONSTRAINT_BASE) {
            return quoteIdent(primaryKeyName(keyed.get()));
        }
        Optional<IndexEntry> index = userIndex(catalog, oid);
        if (index.isPresent()) {
            return quoteIdent(index.get().name());
        }
        return SystemTables.byOid(oid)
                .map(
                        s ->
                                s.schema().equals("pg_catalog")
                                        ? s.name()
                                        : s.schema() + "." + quoteIdent(s.name()))
                .orElse(null);
    }

    /** The OID of a relation name as {@code 'name'::regclass} reads it, or -1. */
    public static long relationOid(Catalog catalog, String text) {
        String name = text.strip();
        String schema = null;
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("\"")) {
            schema = name.substring(0, dot);
            name = name.substring(dot + 1);
        }
        name = unquote(name);
        if (schema == null || schema.equals("public")) {
            Optional<CatalogEntry> e = catalog.find(name);
            if (e.isPresent()) {
                return e.get().oid();
            }
            for (TableEntry t : keyedTables(catalog)) {
                if (primaryKeyName(t).equals(name)) {
                    return PK_INDEX_BASE + (long) t.oid();
                }
            }
            Optional<IndexEntry> index = catalog.index(name);
            if (index.isPresent()) {
                return index.get().oid();
            }
            if ("public".equals(schema)) {
                return -1;
            }
        }
        String s = schema == null ? "pg_catalog" : schema;
        Optional<SystemTable> sys = SystemTables.find(s, name);
        if (sys.isEmpty() && schema == null) {
            sys = SystemTables.find("information_schema", name);
        }
        return sys.map(SystemTable::oid).orElse(-1);
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** A function of the catalog: built-in (by name) or SQL. */
    public record FunctionObject(
            long oid, String name, int namespace, @Nullable UserFunction user) {}

    /** Every function, built-ins first, each group in name order. */
    public static List<FunctionObject> functions(Catalog catalog) {
        List<FunctionObject> out = new ArrayList<>();
        int i = 0;
        for (String name : FunctionLibrary.standard().names()) {
            if (Character.isLetter(name.charAt(0))) {
                out.add(new FunctionObject(BUILTIN_FUNCTION_BASE + i, name, PG_CATALOG, null));
            }
            i++;
        }
        int u = 0;
        for (UserFunction f : catalog.functions()) {
            out.add(new FunctionObject(USER_FUNCTION_BASE + u++, f.name(), PUBLIC, f));
        }
        return out;
    }

    public static Optional<FunctionObject> function(Catalog catalog, long oid) {
        for (FunctionObject f : functions(catalog)) {
            if (f.oid() == oid) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** {@code pg_get_function_arguments}: {@code a integer, b text}. */
    public static @Nullable String functionArguments(Catalog catalog, long oid) {
        Optional<FunctionObject> f = function(catalog, oid);
        if (f.isEmpty()) {
            return null;
        }
        UserFunction u = f.get().user();
        if (u == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < u.parameterTypes().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String n = u.parameterNames().get(i);
            if (!n.isEmpty()) {
                sb.append(quoteIdent(n)).append(' ');
            }
            sb.append(typeName(u.parameterTypes().get(i)));
        }
        return sb.toString();
    }

    /** {@code pg_get_function_result}. */
    public static @Nullable String functionResult(Catalog catalog, long oid) {
        return function(catalog, oid)
                .map(f -> f.user() == null ? "" : typeName(f.user().returnType()))
                .orElse(null);
    }

    /** A column type as {@code format_type} prints it. */
    public static String typeName(DataType t) {
        return t.sqlName();
    }

    /** A view's query as {@code pg_get_viewdef} prints it: the text after AS. */
    public static @Nullable String viewDefinition(Catalog catalog, long oid) {
        if (oid <= 0 || oid > Integer.MAX_VALUE) {
            return null;
        }
        return catalog.find((int) oid)
                .filter(e -> e instanceof ViewEntry || e instanceof PlainViewEntry)
                .map(CatalogObjects::viewQuery)
                .orElse(null);
    }

    /** The query part of a (materialized or plain) view's definition. */
    public static String viewQuery(CatalogEntry e) {
        if (e instanceof PlainViewEntry v) {
            return v.query() + ";";
        }
        String d = ((ViewEntry) e).definition();
        java.util.regex.Matcher m =
                Pattern.compile("(?is)^\\s*CREATE\\s+MATERIALIZED\\s+VIEW\\s+.*?\\bAS\\s+(.*)$")
                        .matcher(d);
        String q = m.matches() ? m.group(1) : d;
        q = q.strip();
        return q.endsWith(";") ? q : q + ";";
    }

    /** Whether an OID names something that exists (everything is on the search path). */
    public static boolean exists(Catalog catalog, long oid) {
        return relationName(catalog, oid) != null
                || function(catalog, oid).isPresent()
                || dev.freshet.engine.type.PgTypes.byOid(oid) != null;
    }
}
