package dev.freshet.engine.syscat;

import static dev.freshet.engine.syscat.Columns.row;

import dev.freshet.engine.catalog.CatalogEntry;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.PlainViewEntry;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.catalog.UserFunction;
import dev.freshet.engine.catalog.ViewEntry;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The SQL standard's {@code information_schema} views over the catalog: schemata, tables, columns,
 * views, table_constraints, key_column_usage, routines. Departure from PostgreSQL: materialized
 * views are listed in {@code tables} (as {@code VIEW}) and {@code views}, since they are most of
 * what a Freshet database holds and tools browse {@code information_schema} to find relations.
 */
final class InformationSchemaTables {
    private InformationSchemaTables() {}

    /** Receives one table definition. */
    interface Sink {
        void add(
                String schema,
                String name,
                List<ColumnDef> columns,
                Function<SystemContext, List<Object[]>> rows);
    }

    private static final String IS = "information_schema";

    static void define(Sink sink) {
        sink.add(
                IS,
                "schemata",
                Columns.of(
                        "catalog_name name",
                        "schema_name name",
                        "schema_owner name",
                        "default_character_set_catalog name",
                        "default_character_set_schema name",
                        "default_character_set_name name",
                        "sql_path text"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (String s : List.of("information_schema", "pg_catalog", "public")) {
                        out.add(
                                row(
                                        c.session().database(),
                                        s,
                                        c.session().user(),
                                        null,
                                        null,
                                        null,
                                        null));
                    }
                    return out;
                });
        sink.add(
                IS,
                "tables",
                Columns.of(
                        "table_catalog name",
                        "table_schema name",
                        "table_name name",
                        "table_type text",
                        "self_referencing_column_name name",
                        "reference_generation text",
                        "user_defined_type_catalog name",
                        "user_defined_type_schema name",
                        "user_defined_type_name name",
                        "is_insertable_into yes_or_no",
                        "is_typed yes_or_no",
                        "commit_action text"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    String db = c.session().database();
                    for (CatalogEntry e : c.catalog().entries()) {
                        boolean table = e instanceof TableEntry;
                        out.add(
                                row(
                                        db,
                                        "public",
                                        e.name(),
                                        table ? "BASE TABLE" : "VIEW",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        table ? "YES" : "NO",
                                        "NO",
                                        null));
                    }
                    for (SystemTable t : SystemTables.all()) {
                        out.add(
                                row(
                                        db,
                                        t.schema(),
                                        t.name(),
                                        t.schema().equals(IS) ? "VIEW" : "BASE TABLE",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "NO",
                                        "NO",
                                        null));
                    }
                    return out;
                });
        sink.add(
                IS,
                "columns",
                Columns.of(
                        "table_catalog name",
                        "table_schema name",
                        "table_name name",
                        "column_name name",
                        "ordinal_position int4",
                        "column_default text",
                        "is_nullable yes_or_no",
                        "data_type text",
                        "character_maximum_length int4",
                        "character_octet_length int4",
                        "numeric_precision int4",
                        "numeric_precision_radix int4",
                        "numeric_scale int4",
                        "datetime_precision int4",
                        "interval_type text",
                        "interval_precision int4",
                        "character_set_catalog name",
                        "character_set_schema name",
                        "character_set_name name",
                        "collation_catalog name",
                        "collation_schema name",
                        "collation_name name",
                        "domain_catalog name",
                        "domain_schema name",
                        "domain_name name",
                        "udt_catalog name",
                        "udt_schema name",
                        "udt_name name",
                        "scope_catalog name",
                        "scope_schema name",
                        "scope_name name",
                        "maximum_cardinality int4",
                        "dtd_identifier name",
                        "is_self_referencing yes_or_no",
                        "is_identity yes_or_no",
                        "identity_generation text",
                        "identity_start text",
                        "identity_increment text",
                        "identity_maximum text",
                        "identity_minimum text",
                        "identity_cycle yes_or_no",
                        "is_generated text",
                        "generation_expression text",
                        "is_updatable yes_or_no"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    String db = c.session().database();
                    for (CatalogEntry e : c.catalog().entries()) {
                        addColumns(
                                out, db, "public", e.name(), e.columns(), e instanceof TableEntry);
                    }
                    for (SystemTable t : SystemTables.all()) {
                        addColumns(out, db, t.schema(), t.name(), t.columns(), false);
                    }
                    return out;
                });
        sink.add(
                IS,
                "views",
                Columns.of(
                        "table_catalog name",
                        "table_schema name",
                        "table_name name",
                        "view_definition text",
                        "check_option text",
                        "is_updatable yes_or_no",
                        "is_insertable_into yes_or_no",
                        "is_trigger_updatable yes_or_no",
                        "is_trigger_deletable yes_or_no",
                        "is_trigger_insertable_into yes_or_no"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    for (CatalogEntry e : c.catalog().entries()) {
                        if (e instanceof ViewEntry || e instanceof PlainViewEntry) {
                            out.add(
                                    row(
                                            c.session().database(),
                                            "public",
                                            e.name(),
                                            CatalogObjects.viewQuery(e),
                                            "NONE",
                                            "NO",
                                            "NO",
                                            "NO",
                                            "NO",
                                            "NO"));
                        }
                    }
                    return out;
                });
        sink.add(
                IS,
                "table_constraints",
                Columns.of(
                        "constraint_catalog name",
                        "constraint_schema name",
                        "constraint_name name",
                        "table_catalog name",
                        "table_schema name",
                        "table_name name",
                        "constraint_type text",
                        "is_deferrable yes_or_no",
                        "initially_deferred yes_or_no",
                        "enforced yes_or_no",
                        "nulls_distinct yes_or_no"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    String db = c.session().database();
                    for (TableEntry t : CatalogObjects.keyedTables(c.catalog())) {
                        out.add(
                                row(
                                        db,
                                        "public",
                                        CatalogObjects.primaryKeyName(t),
                                        db,
                                        "public",
                                        t.name(),
                                        "PRIMARY KEY",
                                        "NO",
                                        "NO",
                                        "YES",
                                        null));
                    }
                    return out;
                });
        sink.add(
                IS,
                "key_column_usage",
                Columns.of(
                        "constraint_catalog name",
                        "constraint_schema name",
                        "constraint_name name",
                        "table_catalog name",
                        "table_schema name",
                        "table_name name",
                        "column_name name",
                        "ordinal_position int4",
                        "position_in_unique_constraint int4"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    String db = c.session().database();
                    for (TableEntry t : CatalogObjects.keyedTables(c.catalog())) {
                        for (int i = 0; i < t.primaryKey().size(); i++) {
                            out.add(
                                    row(
                                            db,
                                            "public",
                                            CatalogObjects.primaryKeyName(t),
                                            db,
                                            "public",
                                            t.name(),
                                            t.columns().get(t.primaryKey().get(i)).name(),
                                            i + 1,
                                            null));
                        }
                    }
                    return out;
                });
        sink.add(
                IS,
                "referential_constraints",
                Columns.of(
                        "constraint_catalog name",
                        "constraint_schema name",
                        "constraint_name name",
                        "unique_constraint_catalog name",
                        "unique_constraint_schema name",
                        "unique_constraint_name name",
                        "match_option text",
                        "update_rule text",
                        "delete_rule text"),
                c -> List.of());
        sink.add(
                IS,
                "routines",
                Columns.of(
                        "specific_catalog name",
                        "specific_schema name",
                        "specific_name name",
                        "routine_catalog name",
                        "routine_schema name",
                        "routine_name name",
                        "routine_type text",
                        "data_type text",
                        "routine_body text",
                        "routine_definition text",
                        "external_language text",
                        "is_deterministic yes_or_no"),
                c -> {
                    List<Object[]> out = new ArrayList<>();
                    String db = c.session().database();
                    for (CatalogObjects.FunctionObject f : CatalogObjects.functions(c.catalog())) {
                        UserFunction u = f.user();
                        String schema = u == null ? "pg_catalog" : "public";
                        out.add(
                                row(
                                        db,
                                        schema,
                                        f.name() + "_" + f.oid(),
                                        db,
                                        schema,
                                        f.name(),
                                        "FUNCTION",
                                        u == null ? null : dataType(u.returnType()),
                                        u == null ? "EXTERNAL" : "SQL",
                                        u == null ? null : u.body(),
                                        u == null ? "INTERNAL" : "SQL",
                                        u == null ? "YES" : "NO"));
                    }
                    return out;
                });
    }

    private static void addColumns(
            List<Object[]> out,
            String db,
            String schema,
            String table,
            List<ColumnDef> columns,
            boolean updatable) {
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef col = columns.get(i);
            DataType t = col.type();
            Integer charMax =
                    t.kind() == TypeKind.VARCHAR && t.precision() >= 0 ? t.precision() : null;
            Integer numPrecision =
                    switch (t.kind()) {
                        case SMALLINT -> 16;
                        case INTEGER -> 32;
                        case BIGINT -> 64;
                        case REAL -> 24;
                        case DOUBLE -> 53;
                        case DECIMAL -> t.precision() >= 0 ? t.precision() : null;
                        default -> null;
                    };
            Integer radix =
                    numPrecision == null && t.kind() != TypeKind.DECIMAL
                            ? null
                            : t.kind() == TypeKind.DECIMAL ? 10 : 2;
            Integer scale =
                    t.kind().isIntegral()
                            ? Integer.valueOf(0)
                            : t.kind() == TypeKind.DECIMAL && t.precision() >= 0
                                    ? Integer.valueOf(Math.max(t.scale(), 0))
                                    : null;
            Integer datetime =
                    t.kind().isTemporal()
                            ? Integer.valueOf(t.kind() == TypeKind.DATE ? 0 : 6)
                            : null;
            String udt =
                    t.kind() == TypeKind.ARRAY
                            ? "_" + t.elementType().kind().pgName()
                            : t.kind().pgName();
            out.add(
                    row(
                            db,
                            schema,
                            table,
                            col.name(),
                            i + 1,
                            null,
                            col.nullable() ? "YES" : "NO",
                            dataType(t),
                            charMax,
                            octetLength(t, charMax),
                            numPrecision,
                            radix,
                            scale,
                            datetime,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            db,
                            "pg_catalog",
                            udt,
                            null,
                            null,
                            null,
                            null,
                            Integer.toString(i + 1),
                            "NO",
                            "NO",
                            null,
                            null,
                            null,
                            null,
                            null,
                            "NO",
                            "NEVER",
                            null,
                            updatable ? "YES" : "NO"));
        }
    }

    private static @org.jspecify.annotations.Nullable Integer octetLength(
            DataType t, @org.jspecify.annotations.Nullable Integer charMax) {
        if (charMax != null) {
            return charMax * 4;
        }
        return t.kind() == TypeKind.VARCHAR ? Integer.valueOf(1073741824) : null;
    }

    /** {@code data_type} as information_schema spells it: ARRAY for arrays, else the SQL name. */
    private static String dataType(DataType t) {
        return t.kind() == TypeKind.ARRAY ? "ARRAY" : t.kind().sqlName();
    }
}
