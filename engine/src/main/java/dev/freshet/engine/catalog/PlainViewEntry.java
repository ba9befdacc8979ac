package dev.freshet.engine.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A plain (non-materialized) view: a named query, expanded into every query that reads it, so it
 * holds no rows and runs no dataflow of its own. A materialized view over it reads the relations
 * the query reads.
 *
 * @param definition the CREATE VIEW statement as written
 * @param query the defining query's text, as it is parsed again at every expansion
 * @param dependsOn OIDs of the relations (tables, materialized views, views) the query reads
 */
public record PlainViewEntry(
        int oid,
        String name,
        List<ColumnDef> columns,
        String definition,
        String query,
        Set<Integer> dependsOn)
        implements CatalogEntry {
    public PlainViewEntry {
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(query);
        dependsOn = Set.copyOf(dependsOn);
    }

    @Override
    public String kindName() {
        return "view";
    }
}
