package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Transaction control: {@code BEGIN [WORK | TRANSACTION] [mode, ...]} and {@code START TRANSACTION
 * [mode, ...]} ({@link Kind#BEGIN}); {@code COMMIT} and {@code END} ({@link Kind#COMMIT}); {@code
 * ROLLBACK} and {@code ABORT} ({@link Kind#ROLLBACK}), each with an optional {@code WORK} or {@code
 * TRANSACTION}.
 */
public final class SqlTransactionStatement extends SqlCall implements FreshetStatement {
    /** The operator of every transaction statement. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("TRANSACTION", SqlKind.OTHER);

    /** What the statement does. */
    public enum Kind {
        BEGIN,
        COMMIT,
        ROLLBACK
    }

    private final Kind kind;
    private final List<TransactionMode> modes;

    public SqlTransactionStatement(SqlParserPos pos, Kind kind, List<TransactionMode> modes) {
        super(pos);
        this.kind = Objects.requireNonNull(kind);
        this.modes = List.copyOf(modes);
        if (kind != Kind.BEGIN && !this.modes.isEmpty()) {
            throw new IllegalArgumentException(kind + " takes no transaction modes");
        }
    }

    /** What the statement does. */
    public Kind kind() {
        return kind;
    }

    /** The modes given to {@code BEGIN} / {@code START TRANSACTION}; empty otherwise. */
    public List<TransactionMode> modes() {
        return modes;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        List<SqlNode> modeNodes = new ArrayList<>();
        for (TransactionMode mode : modes) {
            modeNodes.add(SqlLiteral.createSymbol(mode, SqlParserPos.ZERO));
        }
        return List.of(SqlLiteral.createSymbol(kind, SqlParserPos.ZERO), Clauses.list(modeNodes));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        switch (kind) {
            case BEGIN -> writer.keyword("BEGIN");
            case COMMIT -> writer.keyword("COMMIT");
            case ROLLBACK -> writer.keyword("ROLLBACK");
        }
        SqlSetVariable.unparseModes(writer, modes);
    }
}
