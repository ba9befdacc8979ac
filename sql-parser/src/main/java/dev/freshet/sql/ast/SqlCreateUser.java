package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.calcite.sql.SqlCreate;
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
 * {@code CREATE USER name [WITH] [PASSWORD 'x' | PASSWORD NULL] [SUPERUSER | NOSUPERUSER] [LOGIN |
 * NOLOGIN]}. As in PostgreSQL, a new user may log in unless {@code NOLOGIN} is given.
 */
public final class SqlCreateUser extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE USER. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE USER", SqlKind.OTHER_DDL);

    private final SqlIdentifier name;
    private final UserOptions options;

    public SqlCreateUser(SqlParserPos pos, SqlIdentifier name, UserOptions options) {
        super(OPERATOR, pos, false, false);
        this.name = Objects.requireNonNull(name);
        this.options = Objects.requireNonNull(options);
    }

    /** The user name. */
    public String name() {
        return name.getSimple();
    }

    /** The options as given. */
    public UserOptions options() {
        return options;
    }

    /** The password, if {@code PASSWORD 'x'} was given. */
    public Optional<String> password() {
        return Optional.ofNullable(options.password());
    }

    /** Whether the user is a superuser (default false). */
    public boolean superuser() {
        return Boolean.TRUE.equals(options.superuser());
    }

    /** Whether the user may log in (default true). */
    public boolean login() {
        return !Boolean.FALSE.equals(options.login());
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
        writer.keyword("CREATE USER");
        name.unparse(writer, 0, 0);
        options.unparse(writer);
    }
}
