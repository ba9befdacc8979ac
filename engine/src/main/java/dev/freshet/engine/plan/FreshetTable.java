package dev.freshet.engine.plan;

import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.ir.RelationRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.impl.AbstractTable;
import org.jspecify.annotations.Nullable;

/**
 * A catalog relation as Calcite's validator sees it: its row type, and what the IR needs to scan it
 * (reference, key, whether it only grows).
 */
public final class FreshetTable extends AbstractTable
        implements org.apache.calcite.schema.TemporalTable {
    private final RelationRef ref;
    private final List<ColumnDef> columns;
    private final @Nullable List<Integer> key;
    private final boolean appendOnly;
    private final List<Integer> watermarkColumns;

    public FreshetTable(
            RelationRef ref,
            List<ColumnDef> columns,
            @Nullable List<Integer> key,
            boolean appendOnly,
            List<Integer> watermarkColumns) {
        this.ref = Objects.requireNonNull(ref);
        this.columns = List.copyOf(columns);
        this.key = key == null ? null : List.copyOf(key);
        this.appendOnly = appendOnly;
        this.watermarkColumns = List.copyOf(watermarkColumns);
    }

    /** Columns that carry a watermark. */
    public List<Integer> watermarkColumns() {
        return watermarkColumns;
    }

    public RelationRef ref() {
        return ref;
    }

    public List<ColumnDef> columns() {
        return columns;
    }

    public @Nullable List<Integer> key() {
        return key;
    }

    public boolean appendOnly() {
        return appendOnly;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        for (ColumnDef c : columns) {
            names.add(c.name());
            types.add(CalciteTypes.toRelDataType(c.type(), f, c.nullable()));
        }
        return f.createStructType(types, names);
    }

    /**
     * Every relation can be joined as of process time ({@code FOR SYSTEM_TIME AS OF PROCTIME()}):
     * it is versioned by the epochs that change it, with no period columns of its own.
     */
    @Override
    public String getSysStartFieldName() {
        return "$sys_start";
    }

    @Override
    public String getSysEndFieldName() {
        return "$sys_end";
    }
}
