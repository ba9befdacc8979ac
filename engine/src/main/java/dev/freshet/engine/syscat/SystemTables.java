package dev.freshet.engine.syscat;

import static dev.freshet.engine.syscat.CatalogObjects.BTREE;
import static dev.freshet.engine.syscat.CatalogObjects.HASH;
import static dev.freshet.engine.syscat.CatalogObjects.HEAP;
import static dev.freshet.engine.syscat.CatalogObjects.INFORMATION_SCHEMA;
import static dev.freshet.engine.syscat.CatalogObjects.OWNER;
import static dev.freshet.engine.syscat.CatalogObjects.PG_CATALOG;
import static dev.freshet.engine.syscat.CatalogObjects.PK_CONSTRAINT_BASE;
import static dev.freshet.engine.syscat.CatalogObjects.PK_INDEX_BASE;
import static dev.freshet.engine.syscat.CatalogObjects.PUBLIC;
import static dev.freshet.engine.syscat.Columns.row;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.catalog.Catalog;
import dev.freshet.engine.catalog.CatalogEntry;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.IndexEntry;
import dev.freshet.engine.catalog.PlainViewEntry;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.catalog.ViewEntry;
import dev.freshet.engine.expr.SessionInfo;
import dev.freshet.engine.state.RelationStore;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgTypes;
import dev.freshet.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every system table of {@code pg_catalog} and {@code information_schema}, by schema and name and
 * by OID, and the snapshot of one table's rows that a query scans. The tables hold what PostgreSQL
 * 15's hold for the objects Freshet has (tables, materialized views, their columns, primary keys,
 * functions, types, the one schema, database and role); catalogs of features Freshet lacks
 * (policies, publications, inheritance, triggers, ...) exist and are empty, so client queries that
 * join them still run.
 */
public final class SystemTables {
    private SystemTables() {}

    /** OIDs of system tables are numbered from here, in definition order. */
    public static final int FIRST_OID = 12000;

    /** System relations that PostgreSQL defines as views (relkind 'v'). */
    private static final Set<String> VIEWS =
            Set.of(
                    "pg_tables",
                    "pg_views",
                    "pg_matviews",
                    "pg_indexes",
                    "pg_roles",
                    "pg_user",
                    "pg_settings",
                    "pg_stat_activity",
                    "pg_sequences");

    private static final Set<String> ALWAYS_EMPTY = new java.util.HashSet<>();
    private static final List<SystemTable> ALL = define();
    private static final Map<String, SystemTable> BY_NAME = byName();

    private static Map<String, SystemTable> byName() {
        Map<String, SystemTable> m = new TreeMap<>();
        for (SystemTable t : ALL) {
            m.put(t.qualifiedName(), t);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Every system table, pg_catalog first. */
    public static List<SystemTable> all() {
        return ALL;
    }

    /** The tables of one schema, in name order. */
    public static List<SystemTable> inSchema(String schema) {
        List<SystemTable> out = new ArrayList<>();
        for (SystemTable t : BY_NAME.values()) {
            if (t.schema().equals(schema)) {
                out.add(t);
            }
        }
        return out;
    }

    public static Optional<SystemTable> find(String schema, String name) {
        return Optional.ofNullable(BY_NAME.get(schema + "." + name));
    }

    public static Optional<SystemTable> byOid(long oid) {
        long i = oid - FIRST_OID;
        return i >= 0 && i < ALL.size() ? Optional.of(ALL.get((int) i)) : Optional.empty();
    }

    /** The rows of system table {@code oid} as a store a plan can scan. */
    public static RelationStore snapshot(int oid, Catalog catalog, SessionInfo session) {
        SystemTable t =
                byOid(oid).orElseThrow(() -> new IllegalStateException("system table " + oid));
        List<DataType> types = new ArrayList<>();
        for (ColumnDef c : t.columns()) {
            types.add(c.type());
        }
        List<Object[]> rows = t.rows().apply(new SystemContext(catalog, session));
        RelationStore store = new RelationStore(types, null);
        BatchBuilder b = new BatchBuilder(types, Math.max(1, rows.size()));
        for (Object[] r : rows) {
            b.appendValues(r, 1);
        }
        Batch batch = b.build();
        store.apply(batch);
        return store;
    }

    // ---- definitions ----

    /**
     * Whether {@code pg_catalog.name} never has rows (catalogs of features Freshet does not have:
     * policies, publications, triggers, ...).
     */
    public static boolean alwaysEmpty(String name) {
        return ALWAYS_EMPTY.contains(name);
    }

    private static final class Builder {
        private final List<SystemTable> tables = new ArrayList<>();
        private final Set<String> alwaysEmpty = ALWAYS_EMPTY;

        void add(
                String schema,
                String name,
                List<ColumnDef> columns,
                Function<SystemContext, List<Object[]>> rows) {
            tables.add(new SystemTable(FIRST_OID + tables.size(), schema, name, columns, rows));
        }

        void pg(
                String name,
                List<ColumnDef> columns,
                Function<SystemContext, List<Object[]>> rows) {
            add("pg_catalog", name, columns, rows);
        }

        void empty(String name, String... columns) {
            pg(name, Columns.of(columns), c -> List.of());
            alwaysEmpty.add(name);
        }
    }

    private static List<SystemTable> define() {
        Builder b = new Builder();
        b.pg(
                "pg_namespace",
                Columns.of("oid oid", "nspname name", "nspowner oid", "nspacl text[]"),
                c ->
                        List.of(
                                row(PG_CATALOG, "pg_catalog", OWNER, null),
                                row(PUBLIC, "public", OWNER, null),
                                row(INFORMATION_SCHEMA, "information_schema", OWNER, null)));
        b.pg(
                "pg_class",
                Columns.of(
                        "oid oid",
                        "relname name",
                        "relnamespace oid",
                        "reltype oid",
                        "reloftype oid",
                        "relowner oid",
                        "relam oid",
                        "relfilenode oid",
                        "reltablespace oid",
                        "relpages int4",
                        "reltuples float4",
                        "relallvisible int4",
                        "reltoastrelid oid",
                        "relhasindex bool",
                        "relisshared bool",
                        "relpersistence char",
                        "relkind char",
                        "relnatts int2",
                        "relchecks int2",
                        "relhasrules bool",
                        "relhastriggers bool",
                        "relhassubclass bool",
                        "relrowsecurity bool",
                        "relforcerowsecurity bool",
                        "relispopulated bool",
                        "relreplident char",
                        "relispartition bool",
                        "relrewrite oid",
                        "relfrozenxid xid",
                        "relminmxid xid",
                        "relacl text[]",
                        "reloptions text[]",
                        "relpartbound text"),
                SystemTables::pgClass);
        b.pg(
                "pg_attribute",
                Columns.of(
                        "attrelid oid",
                        "attname name",
                        "atttypid oid",
                        "attstattarget int4",
                        "attlen int2",
                        "attnum int2",
                        "attndims int4",
                        "attcacheoff int4",
                        "atttypmod int4",
                        "attbyval bool",
                        "attalign char",
                        "attstorage char",
                        "attcompression char",
                        "attnotnull bool",
                        "atthasdef bool",
                        "atthasmissing bool",
                        "attidentity char",
                        "attgenerated char",
                        "attisdropped bool",
                        "attislocal bool",
                        "attinhcount int4",
                        "attcollation oid",
                        "attacl text[]",
                        "attoptions text[]",
                        "attfdwoptions text[]"),
                SystemTables::pgAttribute);
        b.pg(
                "pg_type",
                Columns.of(
                        "oid oid",
                        "typname name",
                        "typnamespace oid",
                        "typowner oid",
                        "typlen int2",
                        "typbyval bool",
                        "typtype char",
                        "typcategory char",
                        "typispreferred bool",
                        "typisdefined bool",
                        "typdelim char",
                        "typrelid oid",
                        "typsubscript text",
                        "typelem oid",
                        "typarray oid",
                        "typinput text",
                        "typoutput text",
                        "typreceive text",
                        "typsend text",
                        "typmodin text",
                        "typmodout text",
                        "typanalyze text",
                        "typalign char",
                        "typstorage char",
                        "typnotnull bool",
                        "typbasetype oid",
                        "typtypmod int4",
                        "typndims int4",
                        "typcollation oid",
                        "typdefaultbin text",
                        "typdefault text",
                        "typacl text[]"),
                SystemTables::pgType);
        b.pg(
                "pg_index",
                Columns.of(
                        "indexrelid oid",
                        "indrelid oid",
                        "indnatts int2",
                        "indnkeyatts int2",
                        "indisunique bool",
                        "indnullsnotdistinct bool",
                        "indisprimary bool",
                        "indisexclusion bool",
                        "indimmediate bool",
                        "indisclustered bool",
                        "indisvalid bool",
                        "indcheckxmin bool",
                        "indisready bool",
                        "indislive bool",
                        "indisreplident bool",
                        "indkey int2vector",
                        "indcollation oidvector",
                        "indclass oidvector",
                        "indoption int2vector",
                        "indexprs text",
                        "indpred text"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (TableEntry t : CatalogObjects.keyedTables(c.catalog())) {
                        out.add(pgIndexRow(PK_INDEX_BASE + t.oid(), t.oid(), t.primaryKey(), true));
                    }
                    for (IndexEntry i : c.catalog().indexes()) {
                        out.add(pgIndexRow(i.oid(), i.relation(), i.columns(), false));
                    }
                    return out;
                });
        b.pg(
                "pg_constraint",
                Columns.of(
                        "oid oid",
                        "conname name",
                        "connamespace oid",
                        "contype char",
                        "condeferrable bool",
                        "condeferred bool",
                        "convalidated bool",
                        "conrelid oid",
                        "contypid oid",
                        "conindid oid",
                        "conparentid oid",
                        "confrelid oid",
                        "confupdtype char",
                        "confdeltype char",
                        "confmatchtype char",
                        "conislocal bool",
                        "coninhcount int4",
                        "connoinherit bool",
                        "conkey int2[]",
                        "confkey int2[]",
                        "conpfeqop oid[]",
                        "conppeqop oid[]",
                        "conffeqop oid[]",
                        "confdelsetcols int2[]",
                        "conexclop oid[]",
                        "conbin text"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (TableEntry t : CatalogObjects.keyedTables(c.catalog())) {
                        out.add(
                                row(
                                        PK_CONSTRAINT_BASE + t.oid(),
                                        CatalogObjects.primaryKeyName(t),
                                        PUBLIC,
                                        "p",
                                        false,
                                        false,
                                        true,
                                        t.oid(),
                                        0,
                                        PK_INDEX_BASE + t.oid(),
                                        0,
                                        0,
                                        " ",
                                        " ",
                                        " ",
                                        true,
                                        0,
                                        true,
                                        attnums(t.primaryKey()),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null));
                    }
                    return out;
                });
        b.empty("pg_attrdef", "oid oid", "adrelid oid", "adnum int2", "adbin text");
        b.pg(
                "pg_proc",
                Columns.of(
                        "oid oid",
                        "proname name",
                        "pronamespace oid",
                        "proowner oid",
                        "prolang oid",
                        "procost float4",
                        "prorows float4",
                        "provariadic oid",
                        "prosupport text",
                        "prokind char",
                        "prosecdef bool",
                        "proleakproof bool",
                        "proisstrict bool",
                        "proretset bool",
                        "provolatile char",
                        "proparallel char",
                        "pronargs int2",
                        "pronargdefaults int2",
                        "prorettype oid",
                        "proargtypes oidvector",
                        "proallargtypes oid[]",
                        "proargmodes char[]",
                        "proargnames text[]",
                        "proargdefaults text",
                        "protrftypes oid[]",
                        "prosrc text",
                        "probin text",
                        "prosqlbody text",
                        "proconfig text[]",
                        "proacl text[]"),
                SystemTables::pgProc);
        b.pg(
                "pg_database",
                Columns.of(
                        "oid oid",
                        "datname name",
                        "datdba oid",
                        "encoding int4",
                        "datlocprovider char",
                        "datistemplate bool",
                        "datallowconn bool",
                        "datconnlimit int4",
                        "datfrozenxid xid",
                        "datminmxid xid",
                        "dattablespace oid",
                        "datcollate text",
                        "datctype text",
                        "daticulocale text",
                        "datcollversion text",
                        "datacl text[]"),
                c ->
                        List.<Object[]>of(
                                row(
                                        DATABASE_OID,
                                        c.session().database(),
                                        OWNER,
                                        6,
                                        "c",
                                        false,
                                        true,
                                        -1,
                                        0,
                                        1,
                                        1663,
                                        "C",
                                        "C",
                                        null,
                                        null,
                                        null)));
        b.pg(
                "pg_authid",
                Columns.of(
                        "oid oid",
                        "rolname name",
                        "rolsuper bool",
                        "rolinherit bool",
                        "rolcreaterole bool",
                        "rolcreatedb bool",
                        "rolcanlogin bool",
                        "rolreplication bool",
                        "rolbypassrls bool",
                        "rolconnlimit int4",
                        "rolpassword text",
                        "rolvaliduntil timestamptz"),
                c ->
                        List.<Object[]>of(
                                row(
                                        OWNER,
                                        c.session().user(),
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        -1,
                                        null,
                                        null)));
        b.pg(
                "pg_roles",
                Columns.of(
                        "rolname name",
                        "rolsuper bool",
                        "rolinherit bool",
                        "rolcreaterole bool",
                        "rolcreatedb bool",
                        "rolcanlogin bool",
                        "rolreplication bool",
                        "rolconnlimit int4",
                        "rolpassword text",
                        "rolvaliduntil timestamptz",
                        "rolbypassrls bool",
                        "rolconfig text[]",
                        "oid oid"),
                c ->
                        List.<Object[]>of(
                                row(
                                        c.session().user(),
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        true,
                                        -1,
                                        "********",
                                        null,
                                        true,
                                        null,
                                        OWNER)));
        b.pg(
                "pg_user",
                Columns.of(
                        "usename name",
                        "usesysid oid",
                        "usecreatedb bool",
                        "usesuper bool",
                        "userepl bool",
                        "usebypassrls bool",
                        "passwd text",
                        "valuntil timestamptz",
                        "useconfig text[]"),
                c ->
                        List.<Object[]>of(
                                row(
                                        c.session().user(),
                                        OWNER,
                                        true,
                                        true,
                                        true,
                                        true,
                                        "********",
                                        null,
                                        null)));
        b.empty("pg_auth_members", "roleid oid", "member oid", "grantor oid", "admin_option bool");
        b.pg(
                "pg_am",
                Columns.of("oid oid", "amname name", "amhandler text", "amtype char"),
                c ->
                        List.of(
                                row(HEAP, "heap", "heap_tableam_handler", "t"),
                                row(BTREE, "btree", "bthandler", "i"),
                                row(HASH, "hash", "hashhandler", "i")));
        b.pg(
                "pg_collation",
                Columns.of(
                        "oid oid",
                        "collname name",
                        "collnamespace oid",
                        "collowner oid",
                        "collprovider char",
                        "collisdeterministic bool",
                        "collencoding int4",
                        "collcollate text",
                        "collctype text",
                        "colliculocale text",
                        "collversion text"),
                c ->
                        List.of(
                                row(
                                        100,
                                        "default",
                                        PG_CATALOG,
                                        OWNER,
                                        "d",
                                        true,
                                        -1,
                                        null,
                                        null,
                                        null,
                                        null),
                                row(
                                        950,
                                        "C",
                                        PG_CATALOG,
                                        OWNER,
                                        "c",
                                        true,
                                        -1,
                                        "C",
                                        "C",
                                        null,
                                        null),
                                row(
                                        951,
                                        "POSIX",
                                        PG_CATALOG,
                                        OWNER,
                                        "c",
                                        true,
                                        -1,
                                        "POSIX",
                                        "POSIX",
                                        null,
                                        null)));
        b.pg(
                "pg_tablespace",
                Columns.of(
                        "oid oid",
                        "spcname name",
                        "spcowner oid",
                        "spcacl text[]",
                        "spcoptions text[]"),
                c ->
                        List.of(
                                row(1663, "pg_default", OWNER, null, null),
                                row(1664, "pg_global", OWNER, null, null)));
        b.pg(
                "pg_language",
                Columns.of(
                        "oid oid",
                        "lanname name",
                        "lanowner oid",
                        "lanispl bool",
                        "lanpltrusted bool",
                        "lanplcallfoid oid",
                        "laninline oid",
                        "lanvalidator oid",
                        "lanacl text[]"),
                c ->
                        List.of(
                                row(12, "internal", OWNER, false, false, 0, 0, 0, null),
                                row(14, "sql", OWNER, false, true, 0, 0, 0, null)));
        b.pg(
                "pg_settings",
                Columns.of(
                        "name text",
                        "setting text",
                        "unit text",
                        "category text",
                        "short_desc text",
                        "extra_desc text",
                        "context text",
                        "vartype text",
                        "source text",
                        "min_val text",
                        "max_val text",
                        "enumvals text[]",
                        "boot_val text",
                        "reset_val text",
                        "sourcefile text",
                        "sourceline int4",
                        "pending_restart bool"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (var e : c.session().settings().entrySet()) {
                        out.add(
                                row(
                                        e.getKey(),
                                        e.getValue(),
                                        null,
                                        "Client Connection Defaults",
                                        "",
                                        null,
                                        "user",
                                        "string",
                                        "session",
                                        null,
                                        null,
                                        null,
                                        e.getValue(),
                                        e.getValue(),
                                        null,
                                        null,
                                        false));
                    }
                    return out;
                });
        b.pg(
                "pg_stat_activity",
                Columns.of(
                        "datid oid",
                        "datname name",
                        "pid int4",
                        "leader_pid int4",
                        "usesysid oid",
                        "usename name",
                        "application_name text",
                        "client_addr inet",
                        "client_hostname text",
                        "client_port int4",
                        "backend_start timestamptz",
                        "xact_start timestamptz",
                        "query_start timestamptz",
                        "state_change timestamptz",
                        "wait_event_type text",
                        "wait_event text",
                        "state text",
                        "backend_xid xid",
                        "backend_xmin xid",
                        "query_id int8",
                        "query text",
                        "backend_type text"),
                c -> {
                    SessionInfo s = c.session();
                    return List.<Object[]>of(
                            row(
                                    DATABASE_OID,
                                    s.database(),
                                    s.backendPid(),
                                    null,
                                    OWNER,
                                    s.user(),
                                    s.setting("application_name", true),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "active",
                                    null,
                                    null,
                                    null,
                                    "",
                                    "client backend"));
                });
        b.pg(
                "pg_tables",
                Columns.of(
                        "schemaname name",
                        "tablename name",
                        "tableowner name",
                        "tablespace name",
                        "hasindexes bool",
                        "hasrules bool",
                        "hastriggers bool",
                        "rowsecurity bool"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (CatalogEntry e : c.catalog().entries()) {
                        if (e instanceof TableEntry t) {
                            out.add(
                                    row(
                                            "public",
                                            t.name(),
                                            c.session().user(),
                                            null,
                                            t.hasPrimaryKey(),
                                            false,
                                            false,
                                            false));
                        }
                    }
                    for (SystemTable t : ALL) {
                        if (!VIEWS.contains(t.name()) && t.schema().equals("pg_catalog")) {
                            out.add(
                                    row(
                                            t.schema(),
                                            t.name(),
                                            c.session().user(),
                                            null,
                                            false,
                                            false,
                                            false,
                                            false));
                        }
                    }
                    return out;
                });
        b.pg(
                "pg_matviews",
                Columns.of(
                        "schemaname name",
                        "matviewname name",
                        "matviewowner name",
                        "tablespace name",
                        "hasindexes bool",
                        "ispopulated bool",
                        "definition text"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (CatalogEntry e : c.catalog().entries()) {
                        if (e instanceof ViewEntry v) {
                            out.add(
                                    row(
                                            "public",
                                            v.name(),
                                            c.session().user(),
                                            null,
                                            false,
                                            true,
                                            CatalogObjects.viewQuery(v)));
                        }
                    }
                    return out;
                });
        b.pg(
                "pg_views",
                Columns.of("schemaname name", "viewname name", "viewowner name", "definition text"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (CatalogEntry e : c.catalog().entries()) {
                        if (e instanceof PlainViewEntry v) {
                            out.add(
                                    row(
                                            "public",
                                            v.name(),
                                            c.session().user(),
                                            CatalogObjects.viewQuery(v)));
                        }
                    }
                    for (SystemTable t : ALL) {
                        if (VIEWS.contains(t.name()) || t.schema().equals("information_schema")) {
                            out.add(row(t.schema(), t.name(), c.session().user(), null));
                        }
                    }
                    return out;
                });
        b.pg(
                "pg_indexes",
                Columns.of(
                        "schemaname name",
                        "tablename name",
                        "indexname name",
                        "tablespace name",
                        "indexdef text"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (TableEntry t : CatalogObjects.keyedTables(c.catalog())) {
                        out.add(
                                row(
                                        "public",
                                        t.name(),
                                        CatalogObjects.primaryKeyName(t),
                                        null,
                                        CatalogObjects.indexDefinition(
                                                c.catalog(), PK_INDEX_BASE + (long) t.oid(), 0)));
                    }
                    for (IndexEntry i : c.catalog().indexes()) {
                        c.catalog()
                                .find(i.relation())
                                .ifPresent(
                                        e ->
                                                out.add(
                                                        row(
                                                                "public",
                                                                e.name(),
                                                                i.name(),
                                                                null,
                                                                CatalogObjects.indexDefinition(
                                                                        c.catalog(), i.oid(), 0))));
                    }
                    return out;
                });
        b.empty(
                "pg_description",
                "objoid oid",
                "classoid oid",
                "objsubid int4",
                "description text");
        b.empty("pg_shdescription", "objoid oid", "classoid oid", "description text");
        b.empty(
                "pg_inherits",
                "inhrelid oid",
                "inhparent oid",
                "inhseqno int4",
                "inhdetachpending bool");
        b.empty(
                "pg_policy",
                "oid oid",
                "polname name",
                "polrelid oid",
                "polcmd char",
                "polpermissive bool",
                "polroles oid[]",
                "polqual text",
                "polwithcheck text");
        b.empty(
                "pg_statistic_ext",
                "oid oid",
                "stxrelid oid",
                "stxname name",
                "stxnamespace oid",
                "stxowner oid",
                "stxstattarget int4",
                "stxkeys int2vector",
                "stxkind char[]",
                "stxexprs text");
        b.empty(
                "pg_publication",
                "oid oid",
                "pubname name",
                "pubowner oid",
                "puballtables bool",
                "pubinsert bool",
                "pubupdate bool",
                "pubdelete bool",
                "pubtruncate bool",
                "pubviaroot bool");
        b.empty("pg_publication_namespace", "oid oid", "pnpubid oid", "pnnspid oid");
        b.empty(
                "pg_publication_rel",
                "oid oid",
                "prpubid oid",
                "prrelid oid",
                "prqual text",
                "prattrs int2vector");
        b.empty(
                "pg_trigger",
                "oid oid",
                "tgrelid oid",
                "tgparentid oid",
                "tgname name",
                "tgfoid oid",
                "tgtype int2",
                "tgenabled char",
                "tgisinternal bool",
                "tgconstrrelid oid",
                "tgconstrindid oid",
                "tgconstraint oid",
                "tgdeferrable bool",
                "tginitdeferred bool",
                "tgnargs int2",
                "tgattr int2vector",
                "tgqual text");
        b.empty(
                "pg_rewrite",
                "oid oid",
                "rulename name",
                "ev_class oid",
                "ev_type char",
                "ev_enabled char",
                "is_instead bool",
                "ev_qual text",
                "ev_action text");
        b.empty(
                "pg_depend",
                "classid oid",
                "objid oid",
                "objsubid int4",
                "refclassid oid",
                "refobjid oid",
                "refobjsubid int4",
                "deptype char");
        b.empty(
                "pg_extension",
                "oid oid",
                "extname name",
                "extowner oid",
                "extnamespace oid",
                "extrelocatable bool",
                "extversion text",
                "extconfig oid[]",
                "extcondition text[]");
        b.empty("pg_enum", "oid oid", "enumtypid oid", "enumsortorder float4", "enumlabel name");
        b.empty(
                "pg_range",
                "rngtypid oid",
                "rngsubtype oid",
                "rngmultitypid oid",
                "rngcollation oid",
                "rngsubopc oid",
                "rngcanonical text",
                "rngsubdiff text");
        b.empty(
                "pg_sequence",
                "seqrelid oid",
                "seqtypid oid",
                "seqstart int8",
                "seqincrement int8",
                "seqmax int8",
                "seqmin int8",
                "seqcache int8",
                "seqcycle bool");
        b.empty(
                "pg_sequences",
                "schemaname name",
                "sequencename name",
                "sequenceowner name",
                "data_type text",
                "start_value int8",
                "min_value int8",
                "max_value int8",
                "increment_by int8",
                "cycle bool",
                "cache_size int8",
                "last_value int8");
        b.empty("pg_foreign_table", "ftrelid oid", "ftserver oid", "ftoptions text[]");
        b.empty(
                "pg_foreign_server",
                "oid oid",
                "srvname name",
                "srvowner oid",
                "srvfdw oid",
                "srvtype text",
                "srvversion text",
                "srvacl text[]",
                "srvoptions text[]");
        b.empty(
                "pg_foreign_data_wrapper",
                "oid oid",
                "fdwname name",
                "fdwowner oid",
                "fdwhandler oid",
                "fdwvalidator oid",
                "fdwacl text[]",
                "fdwoptions text[]");
        b.empty(
                "pg_partitioned_table",
                "partrelid oid",
                "partstrat char",
                "partnatts int2",
                "partdefid oid",
                "partattrs int2vector");
        b.empty(
                "pg_event_trigger",
                "oid oid",
                "evtname name",
                "evtevent name",
                "evtowner oid",
                "evtfoid oid",
                "evtenabled char",
                "evttags text[]");
        b.empty(
                "pg_operator",
                "oid oid",
                "oprname name",
                "oprnamespace oid",
                "oprowner oid",
                "oprkind char",
                "oprcanmerge bool",
                "oprcanhash bool",
                "oprleft oid",
                "oprright oid",
                "oprresult oid",
                "oprcom oid",
                "oprnegate oid",
                "oprcode text");
        b.empty(
                "pg_cast",
                "oid oid",
                "castsource oid",
                "casttarget oid",
                "castfunc oid",
                "castcontext char",
                "castmethod char");
        b.empty(
                "pg_locks",
                "locktype text",
                "database oid",
                "relation oid",
                "pid int4",
                "mode text",
                "granted bool");
        b.empty(
                "pg_opclass",
                "oid oid",
                "opcmethod oid",
                "opcname name",
                "opcnamespace oid",
                "opcowner oid",
                "opcfamily oid",
                "opcintype oid",
                "opcdefault bool",
                "opckeytype oid");
        b.empty(
                "pg_aggregate",
                "aggfnoid oid",
                "aggkind char",
                "aggnumdirectargs int2",
                "aggtransfn oid",
                "aggfinalfn oid",
                "aggtranstype oid",
                "agginitval text");
        b.empty(
                "pg_conversion",
                "oid oid",
                "conname name",
                "connamespace oid",
                "conowner oid",
                "conforencoding int4",
                "contoencoding int4",
                "conproc oid",
                "condefault bool");
        b.empty(
                "pg_default_acl",
                "oid oid",
                "defaclrole oid",
                "defaclnamespace oid",
                "defaclobjtype char",
                "defaclacl text[]");
        b.empty(
                "pg_init_privs",
                "objoid oid",
                "classoid oid",
                "objsubid int4",
                "privtype char",
                "initprivs text[]");
        b.empty(
                "pg_stat_user_tables",
                "relid oid",
                "schemaname name",
                "relname name",
                "seq_scan int8",
                "n_live_tup int8",
                "n_dead_tup int8");
        b.empty(
                "pg_statio_user_tables",
                "relid oid",
                "schemaname name",
                "relname name",
                "heap_blks_read int8",
                "heap_blks_hit int8");
        InformationSchemaTables.define(b::add);
        return List.copyOf(b.tables);
    }

    /** The OID of the one database. */
    public static final int DATABASE_OID = 16383;

    /**
     * A {@code pg_index} row: a primary key index is unique and primary, a CREATE INDEX index
     * neither; both are valid, ready, live and immediate.
     */
    private static Object[] pgIndexRow(
            int indexOid, int relationOid, List<Integer> columns, boolean primary) {
        int n = columns.size();
        return row(
                indexOid,
                relationOid,
                n,
                n,
                primary,
                false,
                primary,
                false,
                true,
                false,
                true,
                false,
                true,
                true,
                false,
                attnums(columns),
                Collections.nCopies(n, 0),
                Collections.nCopies(n, 0),
                Collections.nCopies(n, 0),
                null,
                null);
    }

    /** 1-based attribute numbers of column indexes. */
    private static List<Long> attnums(List<Integer> columns) {
        List<Long> out = new ArrayList<>(columns.size());
        for (int c : columns) {
            out.add(c + 1L);
        }
        return out;
    }

    /** A relation as pg_class and pg_attribute list it. */
    private record Relation(
            int oid,
            String name,
            int namespace,
            char kind,
            int am,
            List<ColumnDef> columns,
            boolean hasIndex) {}

    private static List<Relation> relations(Catalog catalog) {
        List<Relation> out = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            switch (e) {
                case TableEntry t -> {
                    out.add(
                            new Relation(
                                    t.oid(),
                                    t.name(),
                                    PUBLIC,
                                    'r',
                                    HEAP,
                                    t.columns(),
                                    t.hasPrimaryKey() || !catalog.indexesOn(t.oid()).isEmpty()));
                    if (t.hasPrimaryKey()) {
                        List<ColumnDef> key = new ArrayList<>();
                        for (int k : t.primaryKey()) {
                            key.add(t.columns().get(k));
                        }
                        out.add(
                                new Relation(
                                        PK_INDEX_BASE + t.oid(),
                                        CatalogObjects.primaryKeyName(t),
                                        PUBLIC,
                                        'i',
                                        BTREE,
                                        key,
                                        false));
                    }
                }
                case ViewEntry v ->
                        out.add(
                                new Relation(
                                        v.oid(),
                                        v.name(),
                                        PUBLIC,
                                        'm',
                                        HEAP,
                                        v.columns(),
                                        !catalog.indexesOn(v.oid()).isEmpty()));
                case PlainViewEntry v ->
                        out.add(
                                new Relation(
                                        v.oid(), v.name(), PUBLIC, 'v', 0, v.columns(), false));
            }
        }
        for (IndexEntry i : catalog.indexes()) {
            var rel = catalog.find(i.relation());
            if (rel.isEmpty()) {
                continue;
            }
            List<ColumnDef> cols = new ArrayList<>();
            for (int k : i.columns()) {
                cols.add(rel.get().columns().get(k));
            }
            out.add(new Relation(i.oid(), i.name(), PUBLIC, 'i', HASH, cols, false));
        }
        for (SystemTable t : ALL) {
            boolean view = VIEWS.contains(t.name()) || t.schema().equals("information_schema");
            out.add(
                    new Relation(
                            t.oid(),
                            t.name(),
                            CatalogObjects.schemaOid(t.schema()),
                            view ? 'v' : 'r',
                            view ? 0 : HEAP,
                            t.columns(),
                            false));
        }
        return out;
    }

    private static List<Object[]> pgClass(SystemContext c) {
        List<Object[]> out = new ArrayList<>();
        for (Relation r : relations(c.catalog())) {
            out.add(
                    row(
                            r.oid(),
                            r.name(),
                            r.namespace(),
                            0,
                            0,
                            OWNER,
                            r.am(),
                            r.kind() == 'v' ? 0 : r.oid(),
                            0,
                            0,
                            -1.0,
                            0,
                            0,
                            r.hasIndex(),
                            false,
                            "p",
                            r.kind(),
                            (short) r.columns().size(),
                            (short) 0,
                            false,
                            false,
                            false,
                            false,
                            false,
                            true,
                            r.kind() == 'r' || r.kind() == 'm' ? "d" : "n",
                            false,
                            0,
                            0,
                            0,
                            null,
                            null,
                            null));
        }
        return out;
    }

    private static List<Object[]> pgAttribute(SystemContext c) {
        List<Object[]> out = new ArrayList<>();
        for (Relation r : relations(c.catalog())) {
            for (int i = 0; i < r.columns().size(); i++) {
                ColumnDef col = r.columns().get(i);
                DataType t = col.type();
                int len = t.kind() == TypeKind.ARRAY ? -1 : t.kind().typlen();
                PgTypes.PgType pg = PgTypes.byOid(t.oid());
                out.add(
                        row(
                                r.oid(),
                                col.name(),
                                t.oid(),
                                -1,
                                (short) len,
                                (short) (i + 1),
                                t.kind() == TypeKind.ARRAY ? 1 : 0,
                                -1,
                                t.typmod(),
                                len > 0 && len <= 8,
                                len == 8 ? "d" : len == 2 ? "s" : len == 1 ? "c" : "i",
                                len > 0 ? "p" : "x",
                                "",
                                !col.nullable(),
                                col.defaultValue() != null,
                                false,
                                "",
                                "",
                                false,
                                true,
                                0,
                                pg == null ? 0 : pg.collation(),
                                null,
                                null,
                                null));
            }
        }
        return out;
    }

    private static List<Object[]> pgType(SystemContext c) {
        List<Object[]> out = new ArrayList<>();
        for (PgTypes.PgType t : PgTypes.all()) {
            if (t.oid() == TypeKind.UNKNOWN.oid() && t.name().equals("unknown")) {
                // kept: psql and drivers know the unknown type
            }
            char typtype = t.category() == 'P' ? 'p' : 'b';
            out.add(
                    row(
                            t.oid(),
                            t.name(),
                            PG_CATALOG,
                            OWNER,
                            (short) t.length(),
                            t.byValue(),
                            String.valueOf(typtype),
                            String.valueOf(t.category()),
                            false,
                            true,
                            ",",
                            0,
                            t.element() != 0 ? "array_subscript_handler" : "-",
                            t.element(),
                            t.array(),
                            t.element() != 0 ? "array_in" : t.name() + "in",
                            t.element() != 0 ? "array_out" : t.name() + "out",
                            t.element() != 0 ? "array_recv" : t.name() + "recv",
                            t.element() != 0 ? "array_send" : t.name() + "send",
                            "-",
                            "-",
                            "-",
                            t.length() == 8 ? "d" : t.length() == 2 ? "s" : "i",
                            t.length() > 0 ? "p" : "x",
                            false,
                            0,
                            -1,
                            0,
                            t.collation(),
                            null,
                            null,
                            null));
        }
        return out;
    }

    private static List<Object[]> pgProc(SystemContext c) {
        List<Object[]> out = new ArrayList<>();
        for (CatalogObjects.FunctionObject f : CatalogObjects.functions(c.catalog())) {
            var u = f.user();
            List<Long> argTypes = new ArrayList<>();
            List<String> argNames = new ArrayList<>();
            long result = 0;
            if (u != null) {
                for (DataType t : u.parameterTypes()) {
                    argTypes.add((long) t.oid());
                }
                argNames.addAll(u.parameterNames());
                result = u.returnType().oid();
            }
            out.add(
                    row(
                            f.oid(),
                            f.name(),
                            f.namespace(),
                            OWNER,
                            u == null ? 12 : 14,
                            1.0,
                            0.0,
                            0,
                            "-",
                            "f",
                            false,
                            false,
                            u == null,
                            false,
                            u == null ? "i" : "v",
                            "s",
                            (short) argTypes.size(),
                            (short) 0,
                            result,
                            argTypes,
                            null,
                            null,
                            u == null ? null : argNames,
                            null,
                            null,
                            u == null ? f.name() : u.body(),
                            null,
                            null,
                            null,
                            null));
        }
        return out;
    }

    /** The session user's name for role OIDs. */
    static @Nullable String roleName(SessionInfo session, long oid) {
        return oid == OWNER ? session.user() : null;
    }
}
