package dev.freshet.engine.session;

import dev.freshet.engine.catalog.UserFunction;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import dev.freshet.sql.parser.FreshetParser;
import dev.freshet.sql.parser.ParsedStatement;
import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;

/** The body of a SQL function: one expression, written {@code SELECT expr} or {@code expr}. */
final class FunctionBodies {
    private FunctionBodies() {}

    /** A fresh copy of the function's body expression. */
    static SqlNode expression(UserFunction f) {
        return parse(f.name(), f.body());
    }

    /** Parses a body, or fails with 42P13 saying what a body may be. */
    static SqlNode parse(String name, String body) {
        String text = body.strip();
        if (text.regionMatches(true, 0, "RETURN", 0, 6)) {
            text = "SELECT " + text.substring(6);
        } else if (!text.regionMatches(true, 0, "SELECT", 0, 6)) {
            text = "SELECT " + text;
        }
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        List<ParsedStatement> parsed = FreshetParser.parse(text);
        if (parsed.size() == 1
                && parsed.get(0).node() instanceof SqlSelect s
                && s.getFrom() == null
                && s.getWhere() == null
                && s.getGroup() == null
                && s.getSelectList().size() == 1) {
            SqlNode e = s.getSelectList().get(0);
            if (e.getKind() == org.apache.calcite.sql.SqlKind.AS) {
                e = ((org.apache.calcite.sql.SqlCall) e).operand(0);
            }
            return e;
        }
        throw new FreshetException(
                ErrorCode.INVALID_FUNCTION_DEFINITION,
                "the body of SQL function " + name + " must be a single expression (SELECT expr)");
    }
}
