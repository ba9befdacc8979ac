package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

/**
 * {@code ALTER USER name [WITH] option ...}, with the options of {@link SqlCreateUser}; options not
 * given leave the user unchanged.
 */
public final class SqlAlterUser extends SqlCall implements FreshetStatement {
    /** The operator of every ALTER USER. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("ALTER USER", SqlKind.OTHER_DDL);

    private final SqlIdentifier name;
    private final UserOptions options;

    public SqlAlterUser(SqlParserPos pos, SqlIdentifier name, UserOptions options) {
        super(pos);
        this.name = Objects.requireNonNull(name);
        this.options = Objects.requireNonNull(options);
    }

    /** The user name. */
    public String name() {
        return name.getSimple();
    }

    /** The options to change; null components are left as they are. */
    public UserOptions options() {
        return options;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        List<@Nullable SqlNode> operands = new ArrayList<>();
        operands.add(name);
        operands.addAll(options.operands());
        return ImmutableNullableList.copyOf(operands);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("ALTER USER");
        name.unparse(writer, 0, 0);
        options.unparse(writer);
    }
}
