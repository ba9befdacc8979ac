package dev.freshet.engine.plan;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.jspecify.annotations.Nullable;

/**
 * Translates Calcite's validation errors into PostgreSQL-style errors with SQLSTATE and position.
 * Calcite's messages are matched once here, at the boundary, so no other code looks at foreign
 * exception types or texts.
 */
public final class CalciteErrors {
    private CalciteErrors() {}

    private record Rule(Pattern pattern, ErrorCode code, String template) {}

    private static final Rule[] RULES = {
        rule(
                "Object '([^']*)' not found.*",
                ErrorCode.UNDEFINED_TABLE,
                "relation \"$1\" does not exist"),
        rule(
                "Table '([^']*)' not found.*",
                ErrorCode.UNDEFINED_TABLE,
                "relation \"$1\" does not exist"),
        rule(
                "Column '([^']*)' not found in any table",
                ErrorCode.UNDEFINED_COLUMN,
                "column \"$1\" does not exist"),
        rule(
                "Column '([^']*)' not found in table '([^']*)'",
                ErrorCode.UNDEFINED_COLUMN,
                "column $2.$1 does not exist"),
        rule(
                "Unknown target column '([^']*)'",
                ErrorCode.UNDEFINED_COLUMN,
                "column \"$1\" does not exist"),
        rule(
                "Column '([^']*)' is ambiguous",
                ErrorCode.AMBIGUOUS_COLUMN,
                "column reference \"$1\" is ambiguous"),
        rule(
                "No match found for function signature (.*)",
                ErrorCode.UNDEFINED_FUNCTION,
                "function $1 does not exist"),
        rule(
                "Cannot apply '([^']*)' to arguments of type '(.*)'\\..*",
                ErrorCode.UNDEFINED_FUNCTION,
                "operator does not exist: $2"),
        rule(
                "Cannot assign to target field '([^']*)' of type (.*) from source field '([^']*)' of type (.*)",
                ErrorCode.DATATYPE_MISMATCH,
                "column \"$1\" is of type $2 but expression is of type $4"),
        rule(
                "Expression '([^']*)' is not being grouped",
                ErrorCode.GROUPING_ERROR,
                "column \"$1\" must appear in the GROUP BY clause or be used in an aggregate function"),
        rule(
                "Number of INSERT target columns \\((\\d+)\\) does not equal number of source items \\((\\d+)\\)",
                ErrorCode.SYNTAX_ERROR,
                "INSERT has more expressions than target columns"),
        rule(
                "Values passed to VALUES operator must have compatible types",
                ErrorCode.DATATYPE_MISMATCH,
                "VALUES types cannot be matched"),
        rule(
                "Aggregate expression is illegal in (.*)",
                ErrorCode.GROUPING_ERROR,
                "aggregate functions are not allowed in $1"),
        rule(
                "Duplicate column name '([^']*)' in column list",
                ErrorCode.DUPLICATE_COLUMN,
                "column \"$1\" specified more than once"),
        rule("Type '([^']*)' not found", ErrorCode.UNDEFINED_OBJECT, "type \"$1\" does not exist"),
        rule(
                "Column '([^']*)' has no default value and does not allow NULLs",
                ErrorCode.NOT_NULL_VIOLATION,
                "null value in column \"$1\" violates not-null constraint"),
        rule(
                "ON clause must be a condition",
                ErrorCode.DATATYPE_MISMATCH,
                "argument of JOIN/ON must be type boolean"),
        rule(
                "(\\w+) clause must be a condition",
                ErrorCode.DATATYPE_MISMATCH,
                "argument of $1 must be type boolean"),
        rule(
                "FILTER expression must be of type BOOLEAN",
                ErrorCode.DATATYPE_MISMATCH,
                "argument of FILTER must be type boolean"),
        rule(
                "Cannot call table function here: '(.*)'",
                ErrorCode.FEATURE_NOT_SUPPORTED,
                "set-returning functions in a select list are not supported (here $1): call it in"
                        + " FROM, e.g. SELECT g FROM generate_series(1, 3) AS g"),
        rule(
                "Cast function cannot convert value of type (.*) to type (.*)",
                ErrorCode.CANNOT_COERCE,
                "cannot cast type $1 to $2"),
    };

    private static Rule rule(String regex, ErrorCode code, String template) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), code, template);
    }

    /**
     * The user-facing error for {@code e}, positioned with {@code positionOf} (line, column →
     * 1-based offset, or 0).
     */
    public static FreshetException translate(Throwable e, PositionMapper positionOf) {
        if (e instanceof FreshetException f) {
            return f;
        }
        CalciteContextException ctx = find(e);
        String message =
                ctx != null && ctx.getCause() != null
                        ? ctx.getCause().getMessage()
                        : e.getMessage();
        int position = ctx != null ? positionOf.offset(ctx.getPosLine(), ctx.getPosColumn()) : 0;
        if (message == null) {
            message = e.toString();
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(message);
            if (m.matches()) {
                return new FreshetException(
                        r.code, m.replaceAll(r.template), position, null, null, e);
            }
        }
        if (e instanceof AssertionError) {
            // Calcite asserted on a construct it does not handle: the statement cannot be planned
            return new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "this statement cannot be planned: " + message,
                    position,
                    null,
                    null,
                    e);
        }
        return new FreshetException(ErrorCode.SYNTAX_ERROR, message, position, null, null, e);
    }

    private static @Nullable CalciteContextException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CalciteContextException c) {
                return c;
            }
        }
        return null;
    }

    /** Maps a 1-based (line, column) to a 1-based character offset in the statement text. */
    @FunctionalInterface
    public interface PositionMapper {
        int offset(int line, int column);
    }
}
