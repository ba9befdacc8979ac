package dev.freshet.sql.ast;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.jspecify.annotations.Nullable;

/** {@code RESET name}, {@code RESET TIME ZONE} (name {@code timezone}) or {@code RESET ALL}. */
public final class SqlResetVariable extends SqlCall implements FreshetStatement {
    /** The operator of every RESET. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("RESET", SqlKind.SET_OPTION);

    private final @Nullable SqlIdentifier name;

    /** Creates {@code RESET name}, or {@code RESET ALL} if {@code name} is null. */
    public SqlResetVariable(SqlParserPos pos, @Nullable SqlIdentifier name) {
        super(pos);
        this.name = name;
    }

    /** The variable name, or null for {@code RESET ALL}. */
    public @Nullable String name() {
        return name == null ? null : String.join(".", name.names);
    }

    /** Whether this is {@code RESET ALL}. */
    public boolean all() {
        return name == null;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(name);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("RESET");
        if (name == null) {
            writer.keyword("ALL");
        } else {
            name.unparse(writer, 0, 0);
        }
    }
}
