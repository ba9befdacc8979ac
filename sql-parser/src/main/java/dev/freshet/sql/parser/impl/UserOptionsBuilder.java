package dev.freshet.sql.parser.impl;

import dev.freshet.sql.ast.UserOptions;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Collects the role options of {@code CREATE USER} and {@code ALTER USER}, rejecting unknown ones
 * and ones given twice with PostgreSQL's messages.
 */
final class UserOptionsBuilder {
    private @Nullable String password;
    private boolean passwordNull;
    private boolean passwordGiven;
    private @Nullable Boolean superuser;
    private @Nullable Boolean login;

    void password(String value, SqlParserPos pos) {
        checkPasswordOnce(pos);
        password = value;
    }

    void passwordNull(SqlParserPos pos) {
        checkPasswordOnce(pos);
        passwordNull = true;
    }

    /** A word option: SUPERUSER, NOSUPERUSER, LOGIN, NOLOGIN (ENCRYPTED before PASSWORD). */
    void flag(String word, SqlParserPos pos) {
        switch (word) {
            case "superuser" -> superuser = once(superuser, true, pos);
            case "nosuperuser" -> superuser = once(superuser, false, pos);
            case "login" -> login = once(login, true, pos);
            case "nologin" -> login = once(login, false, pos);
            case "encrypted" -> {
                // ENCRYPTED PASSWORD 'x': passwords are always stored hashed
            }
            default ->
                    throw PositionedParseException.syntax(
                            "unrecognized role option \"" + word + "\"", pos);
        }
    }

    UserOptions build() {
        return new UserOptions(password, passwordNull, superuser, login);
    }

    private void checkPasswordOnce(SqlParserPos pos) {
        if (passwordGiven) {
            throw PositionedParseException.syntax("conflicting or redundant options", pos);
        }
        passwordGiven = true;
    }

    private static Boolean once(@Nullable Boolean current, boolean value, SqlParserPos pos) {
        if (current != null) {
            throw PositionedParseException.syntax("conflicting or redundant options", pos);
        }
        return value;
    }
}
