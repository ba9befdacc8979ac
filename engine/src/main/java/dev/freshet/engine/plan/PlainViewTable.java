package dev.freshet.engine.plan;

import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.PlainViewEntry;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A plain view as Calcite sees it: validated as a table of the view's columns, converted by
 * expanding the view's query in place ({@link SqlFrontEnd}'s view expander parses, rewrites and
 * validates it again against the catalog of the statement), with casts and names to the view's
 * declared row type.
 */
final class PlainViewTable extends AbstractTable implements TranslatableTable {
    private final PlainViewEntry view;

    PlainViewTable(PlainViewEntry view) {
        this.view = view;
    }

    PlainViewEntry view() {
        return view;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory f) {
        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        for (ColumnDef c : view.columns()) {
            names.add(c.name());
            types.add(CalciteTypes.toRelDataType(c.type(), f, c.nullable()));
        }
        return f.createStructType(types, names);
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable table) {
        RelDataType rowType = table.getRowType();
        RelRoot root =
                context.expandView(
                        rowType, view.query(), CatalogSchema.defaultPath(), List.of(view.name()));
        RelNode rel = root.project();
        return RelOptUtil.createCastRel(rel, rowType, true);
    }
}
