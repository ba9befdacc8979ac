package dev.freshet.engine.plan;

import dev.freshet.engine.ir.RelationRef;
import dev.freshet.engine.syscat.SystemTable;
import dev.freshet.engine.syscat.SystemTables;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** One system schema ({@code pg_catalog}, {@code information_schema}) as a Calcite schema. */
public final class SystemSchema extends AbstractSchema {
    private final Map<String, Table> tables;

    public SystemSchema(String schema) {
        Map<String, Table> map = new LinkedHashMap<>();
        for (SystemTable t : SystemTables.inSchema(schema)) {
            map.put(
                    t.name(),
                    new FreshetTable(
                            new RelationRef(
                                    t.oid(), t.qualifiedName(), RelationRef.Kind.SYSTEM_TABLE),
                            t.columns(),
                            null,
                            false,
                            List.of()));
        }
        this.tables = map;
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return tables;
    }
}
