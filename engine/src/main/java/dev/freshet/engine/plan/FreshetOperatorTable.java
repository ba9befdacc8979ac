package dev.freshet.engine.plan;

import java.util.List;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.ListSqlOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;

/**
 * The functions and operators the validator knows: the SQL standard's, PostgreSQL's as Calcite
 * models them, and a few from other dialects that RisingWave users write (array_join). Whether a
 * function can actually run is decided when the plan is lowered to our IR.
 */
public final class FreshetOperatorTable {
    private FreshetOperatorTable() {}

    private static final SqlOperatorTable INSTANCE =
            SqlOperatorTables.chain(
                    SqlStdOperatorTable.instance(),
                    SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(
                            SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL),
                    new ListSqlOperatorTable(
                            List.of(
                                    SqlLibraryOperators.ARRAY_JOIN,
                                    SqlLibraryOperators.ARRAY_TO_STRING,
                                    SqlLibraryOperators.ARRAY_LENGTH,
                                    SqlLibraryOperators.BOOL_AND,
                                    SqlLibraryOperators.BOOL_OR)));

    /** The shared, immutable operator table. */
    public static SqlOperatorTable instance() {
        return INSTANCE;
    }
}
