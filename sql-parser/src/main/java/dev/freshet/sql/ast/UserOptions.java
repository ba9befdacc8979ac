package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriter;
import org.jspecify.annotations.Nullable;

/**
 * The role options of {@code CREATE USER} and {@code ALTER USER}; a null component was not given.
 *
 * @param password the password of {@code PASSWORD 'x'}, or null
 * @param passwordNull whether {@code PASSWORD NULL} was given (no password; for ALTER, remove it)
 * @param superuser {@code SUPERUSER} (true), {@code NOSUPERUSER} (false) or not given (null)
 * @param login {@code LOGIN} (true), {@code NOLOGIN} (false) or not given (null)
 */
public record UserOptions(
        @Nullable String password,
        boolean passwordNull,
        @Nullable Boolean superuser,
        @Nullable Boolean login) {

    public UserOptions {
        if (password != null && passwordNull) {
            throw new IllegalArgumentException("PASSWORD given twice");
        }
    }

    /** No options given. */
    public static final UserOptions NONE = new UserOptions(null, false, null, null);

    /** The options as operands, so that {@code equalsDeep} compares them. */
    List<@Nullable SqlNode> operands() {
        List<@Nullable SqlNode> operands = new ArrayList<>(4);
        operands.add(Clauses.text(password));
        operands.add(Clauses.flag(passwordNull));
        operands.add(superuser == null ? null : Clauses.flag(superuser));
        operands.add(login == null ? null : Clauses.flag(login));
        return operands;
    }

    /** Writes the options that were given, in a fixed order. */
    void unparse(SqlWriter writer) {
        if (password != null) {
            writer.keyword("PASSWORD");
            Clauses.string(writer, password);
        } else if (passwordNull) {
            writer.keyword("PASSWORD NULL");
        }
        if (superuser != null) {
            writer.keyword(superuser ? "SUPERUSER" : "NOSUPERUSER");
        }
        if (login != null) {
            writer.keyword(login ? "LOGIN" : "NOLOGIN");
        }
    }
}
