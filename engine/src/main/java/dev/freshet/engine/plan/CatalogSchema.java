package dev.freshet.engine.plan;

import dev.freshet.engine.catalog.Catalog;
import dev.freshet.engine.catalog.CatalogEntry;
import dev.freshet.engine.catalog.PlainViewEntry;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.catalog.ViewEntry;
import dev.freshet.engine.ir.RelationRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The user catalog as a Calcite schema ({@code public}). Built per statement from the catalog as it
 * is while the statement is planned (under the engine's read lock).
 */
public final class CatalogSchema extends AbstractSchema {
    private final Map<String, Table> tables;

    public CatalogSchema(Catalog catalog) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (CatalogEntry e : catalog.entries()) {
            map.put(e.name(), tableOf(e));
        }
        this.tables = map;
    }

    /** The Calcite view of one catalog entry. */
    public static Table tableOf(CatalogEntry e) {
        return switch (e) {
            case PlainViewEntry v -> new PlainViewTable(v);
            case TableEntry t ->
                    new FreshetTable(
                            new RelationRef(t.oid(), t.name(), RelationRef.Kind.TABLE),
                            t.columns(),
                            t.hasPrimaryKey() ? t.primaryKey() : null,
                            t.appendOnly(),
                            t.watermarkColumn() < 0 ? List.of() : List.of(t.watermarkColumn()));
            case ViewEntry v ->
                    new FreshetTable(
                            new RelationRef(v.oid(), v.name(), RelationRef.Kind.MATERIALIZED_VIEW),
                            v.columns(),
                            v.key(),
                            v.appendOnly(),
                            v.watermarkColumns());
        };
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return tables;
    }

    static List<String> defaultPath() {
        return List.of("public");
    }
}
