package dev.freshet.engine.session;

import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.type.DataType;
import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.jspecify.annotations.Nullable;

/** A statement analysed against the catalog: what to run and what it returns. */
sealed interface Analysis {
    /** Types of $1..$n. */
    List<DataType> parameterTypes();

    /** Result columns, or null when the statement returns no rows. */
    @Nullable List<ResultColumn> columns();

    /** A SELECT (or VALUES, WITH ...): a one-shot plan. */
    record Query(PlanNode plan, List<ResultColumn> columns, List<DataType> parameterTypes)
            implements Analysis {}

    /** INSERT / UPDATE / DELETE. */
    record Dml(
            DmlKind kind,
            int tableOid,
            PlanNode source,
            int[] updatedColumns,
            dev.freshet.engine.runtime.@Nullable OnConflict onConflict,
            List<DataType> parameterTypes)
            implements Analysis {
        @Override
        public @Nullable List<ResultColumn> columns() {
            return null;
        }
    }

    /** Everything else, run from its syntax tree at execution (DDL, SET, SHOW, ...). */
    record Utility(SqlNode node, String text, @Nullable List<ResultColumn> columns)
            implements Analysis {
        @Override
        public List<DataType> parameterTypes() {
            return List.of();
        }
    }

    /** The kinds of DML. */
    enum DmlKind {
        INSERT,
        UPDATE,
        DELETE
    }
}
