package dev.freshet.engine.plan;

import java.util.List;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.ListSqlOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.jspecify.annotations.Nullable;

/**
 * The functions and operators the validator knows: the SQL standard's, PostgreSQL's as Calcite
 * models them, and a few from other dialects that RisingWave users write (array_join). Whether a
 * function can actually run is decided when the plan is lowered to our IR.
 */
public final class FreshetOperatorTable {
    private FreshetOperatorTable() {}

    private static final SqlOperatorTable CHAIN =
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
                                    SqlLibraryOperators.BOOL_OR,
                                    ChangelogTableFunction.INSTANCE,
                                    GenerateSeriesTableFunction.INSTANCE)));

    /**
     * Function names are case-insensitive in PostgreSQL while our identifiers are folded to lower
     * case and matched case-sensitively, so operator lookups ignore case.
     */
    private static final SqlOperatorTable INSTANCE =
            new SqlOperatorTable() {
                @Override
                public void lookupOperatorOverloads(
                        SqlIdentifier name,
                        @Nullable SqlFunctionCategory category,
                        SqlSyntax syntax,
                        List<SqlOperator> operators,
                        SqlNameMatcher nameMatcher) {
                    // the library tables repeat the standard operators: report each operator once,
                    // or the validator cannot resolve a unique overload
                    List<SqlOperator> found = new java.util.ArrayList<>();
                    CHAIN.lookupOperatorOverloads(
                            name,
                            category,
                            syntax,
                            found,
                            SqlNameMatchers.withCaseSensitive(false));
                    for (SqlOperator op : found) {
                        if (!operators.contains(op)) {
                            operators.add(op);
                        }
                    }
                }

                @Override
                public List<SqlOperator> getOperatorList() {
                    return CHAIN.getOperatorList();
                }
            };

    /** The shared, immutable operator table. */
    public static SqlOperatorTable instance() {
        return INSTANCE;
    }
}
