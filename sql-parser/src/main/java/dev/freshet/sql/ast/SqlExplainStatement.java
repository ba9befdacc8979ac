package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.jspecify.annotations.Nullable;

/**
 * {@code EXPLAIN [(option [value], ...)] [VERBOSE] statement}, where the statement is a query,
 * {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code CREATE MATERIALIZED VIEW}, {@code CREATE
 * SINK} or {@code CREATE INDEX}. (Calcite's {@code EXPLAIN PLAN FOR ...} is not accepted.)
 */
public final class SqlExplainStatement extends SqlCall implements FreshetStatement {
    /** The operator of every EXPLAIN. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("EXPLAIN", SqlKind.OTHER);

    private final List<ExplainOption> options;
    private final boolean verboseKeyword;
    private final SqlNode statement;

    public SqlExplainStatement(
            SqlParserPos pos,
            List<ExplainOption> options,
            boolean verboseKeyword,
            SqlNode statement) {
        super(pos);
        this.options = List.copyOf(options);
        this.verboseKeyword = verboseKeyword;
        this.statement = Objects.requireNonNull(statement);
    }

    /** The parenthesized options, in written order (empty if none). */
    public List<ExplainOption> options() {
        return options;
    }

    /** Whether verbose output was asked for, by the keyword or by the {@code verbose} option. */
    public boolean verbose() {
        if (verboseKeyword) {
            return true;
        }
        for (ExplainOption option : options) {
            if (option.name().equals("verbose")) {
                return option.enabled();
            }
        }
        return false;
    }

    /** The explained statement. */
    public SqlNode statement() {
        return statement;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        List<SqlNode> optionNodes = new ArrayList<>();
        for (ExplainOption option : options) {
            String text =
                    option.value() == null ? option.name() : option.name() + "=" + option.value();
            optionNodes.add(Objects.requireNonNull(Clauses.text(text)));
        }
        return ImmutableNullableList.of(
                Clauses.list(optionNodes), Clauses.flag(verboseKeyword), statement);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("EXPLAIN");
        if (!options.isEmpty()) {
            SqlWriter.Frame frame = writer.startList("(", ")");
            for (ExplainOption option : options) {
                writer.sep(",");
                writer.keyword(option.name().toUpperCase(Locale.ROOT));
                if (option.value() != null) {
                    Clauses.string(writer, option.value());
                }
            }
            writer.endList(frame);
        }
        if (verboseKeyword) {
            writer.keyword("VERBOSE");
        }
        statement.unparse(writer, 0, 0);
    }
}
