package dev.freshet.engine.syscat;

import dev.freshet.engine.catalog.ColumnDef;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One virtual system table: where it lives, its columns and how to compute its rows.
 *
 * @param oid the table's OID in {@code pg_class}
 * @param schema {@code pg_catalog} or {@code information_schema}
 * @param rows its rows for one statement, in the Java mapping of {@code type.Values}
 */
public record SystemTable(
        int oid,
        String schema,
        String name,
        List<ColumnDef> columns,
        Function<SystemContext, List<Object[]>> rows) {
    public SystemTable {
        Objects.requireNonNull(schema);
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows);
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
