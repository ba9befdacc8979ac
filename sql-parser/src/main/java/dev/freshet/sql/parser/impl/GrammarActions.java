package dev.freshet.sql.parser.impl;

import dev.freshet.sql.ast.SqlCreateFunction;
import dev.freshet.sql.ast.SqlDiscard;
import dev.freshet.sql.ast.SqlOption;
import dev.freshet.sql.ast.SqlShow;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.parser.PostgresTypeNames;
import java.util.List;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * The small Java side of the grammar's lookaheads and actions in {@code parserImpls.ftl}: token
 * predicates and the checks and node building that are clearer in Java than in JavaCC actions. The
 * predicates throw nothing checked, so that they may appear in semantic lookahead.
 */
final class GrammarActions {
    private GrammarActions() {}

    /**
     * Whether a token's text is a word: an unquoted identifier or a keyword, reserved or not. Used
     * where PostgreSQL accepts any word (option names, parameter names, option values).
     */
    static boolean isWord(String image) {
        if (image.isEmpty() || !isWordStart(image.charAt(0))) {
            return false;
        }
        for (int i = 1; i < image.length(); i++) {
            char c = image.charAt(i);
            if (!isWordStart(c) && !(c >= '0' && c <= '9') && c != '$') {
                return false;
            }
        }
        return true;
    }

    /** Whether a token's text is the given word, ignoring case. */
    static boolean isWord(String image, String word) {
        return image.equalsIgnoreCase(word) && isWord(image);
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    /**
     * Whether a select item is a bare {@code *}, which PostgreSQL does not let take an alias (so
     * that {@code SELECT * FORM t} fails at {@code FORM}, as in PostgreSQL).
     */
    static boolean isBareStar(SqlNode e) {
        return e instanceof SqlIdentifier id && id.isStar() && id.names.size() == 1;
    }

    /** The zero-based index of a {@code $n} parameter marker. */
    static int dollarParameterIndex(String image, SqlParserPos pos) {
        int n;
        try {
            n = Integer.parseInt(image.substring(1));
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new PositionedParseException(
                    ErrorCode.UNDEFINED_PARAMETER, "there is no parameter " + image, pos);
        }
        return n - 1;
    }

    /** Rejects {@code CREATE OR REPLACE} for objects that cannot be replaced. */
    static void checkNoReplace(boolean replace, SqlParserPos objectPos, String objectKeyword) {
        if (replace) {
            throw PositionedParseException.syntax(
                    "syntax error at or near \"" + objectKeyword + "\"", objectPos);
        }
    }

    /** Adds an option, rejecting a key given twice as PostgreSQL does. */
    static void addOption(List<SqlOption> options, SqlOption option) {
        for (SqlOption existing : options) {
            if (existing.key().equals(option.key())) {
                throw PositionedParseException.syntax(
                        "conflicting or redundant options",
                        option.keyIdentifier().getParserPosition());
            }
        }
        options.add(option);
    }

    /** Adds options, rejecting a key given twice. */
    static void addOptions(List<SqlOption> options, List<SqlOption> more) {
        for (SqlOption option : more) {
            addOption(options, option);
        }
    }

    /** Rejects a clause given a second time ({@code value} is its first value, or null). */
    static void checkNotGiven(@Nullable Object value, SqlParserPos pos) {
        if (value != null) {
            throw PositionedParseException.syntax("conflicting or redundant options", pos);
        }
    }

    /** The row count of FETCH. */
    static long fetchCount(String digits, SqlParserPos pos) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw PositionedParseException.syntax(
                    "syntax error at or near \"" + digits + "\"", pos);
        }
    }

    /** The target of DISCARD named by a word. */
    static SqlDiscard.Target discardTarget(String word, SqlParserPos pos) {
        return switch (word) {
            case "plans" -> SqlDiscard.Target.PLANS;
            case "sequences" -> SqlDiscard.Target.SEQUENCES;
            case "temp", "temporary" -> SqlDiscard.Target.TEMP;
            default ->
                    throw PositionedParseException.syntax(
                            "syntax error at or near \"" + word + "\"", pos);
        };
    }

    /**
     * {@code SHOW name}: a listing ({@code SHOW TABLES}, ...) if the name is one unquoted word that
     * names one, otherwise a run-time parameter.
     */
    static SqlShow show(SqlParserPos pos, SqlIdentifier name) {
        if (name.names.size() == 1 && !name.getComponentParserPosition(0).isQuoted()) {
            SqlShow.Target listing = SqlShow.Target.listingOf(name.getSimple());
            if (listing != null) {
                return new SqlShow(pos, listing, null);
            }
        }
        return new SqlShow(pos, SqlShow.Target.PARAMETER, name);
    }

    /** {@code type 'text'}: {@code CAST('text' AS type)}. */
    static SqlNode typedLiteral(String typeName, SqlNode text, SqlParserPos pos) {
        SqlTypeNameSpec spec = PostgresTypeNames.forName(typeName, -1, Integer.MIN_VALUE, pos);
        if (spec == null) {
            spec = new SqlUserDefinedTypeNameSpec(new SqlIdentifier(typeName, pos), pos);
        }
        return SqlStdOperatorTable.CAST.createCall(pos, text, new SqlDataTypeSpec(spec, pos));
    }

    /** CREATE FUNCTION, checking that the body was given once and defaulting the language. */
    static SqlCreateFunction createFunction(
            SqlParserPos pos,
            boolean replace,
            SqlIdentifier name,
            List<@Nullable SqlIdentifier> parameterNames,
            List<SqlDataTypeSpec> parameterTypes,
            SqlDataTypeSpec returnType,
            @Nullable SqlIdentifier language,
            @Nullable String body,
            SqlParserPos endPos) {
        if (body == null) {
            throw new PositionedParseException(
                    ErrorCode.INVALID_FUNCTION_DEFINITION, "no function body specified", endPos);
        }
        return new SqlCreateFunction(
                pos,
                replace,
                name,
                parameterNames,
                parameterTypes,
                returnType,
                language == null ? new SqlIdentifier("sql", SqlParserPos.ZERO) : language,
                body);
    }
}
