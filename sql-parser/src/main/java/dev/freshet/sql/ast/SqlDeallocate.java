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

/** {@code DEALLOCATE [PREPARE] name} or {@code DEALLOCATE [PREPARE] ALL}. */
public final class SqlDeallocate extends SqlCall implements FreshetStatement {
    /** The operator of every DEALLOCATE. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("DEALLOCATE", SqlKind.OTHER);

    private final @Nullable SqlIdentifier name;

    /** Creates {@code DEALLOCATE name}, or {@code DEALLOCATE ALL} if {@code name} is null. */
    public SqlDeallocate(SqlParserPos pos, @Nullable SqlIdentifier name) {
        super(pos);
        this.name = name;
    }

    /** The prepared statement's name, or null for {@code DEALLOCATE ALL}. */
    public @Nullable String name() {
        return name == null ? null : name.getSimple();
    }

    /** Whether this is {@code DEALLOCATE ALL}. */
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
        writer.keyword("DEALLOCATE");
        if (name == null) {
            writer.keyword("ALL");
        } else {
            name.unparse(writer, 0, 0);
        }
    }
}
