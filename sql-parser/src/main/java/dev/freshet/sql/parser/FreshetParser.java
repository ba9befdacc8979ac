package dev.freshet.sql.parser;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import dev.freshet.sql.parser.impl.FreshetSqlParserImpl;
import dev.freshet.sql.parser.impl.FreshetSqlParserImplConstants;
import dev.freshet.sql.parser.impl.ParseException;
import dev.freshet.sql.parser.impl.PositionedParseException;
import dev.freshet.sql.parser.impl.Token;
import dev.freshet.sql.parser.impl.TokenMgrError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CharLiteralStyle;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriterConfig;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.pretty.SqlPrettyWriter;
import org.apache.calcite.util.SourceStringReader;
import org.jspecify.annotations.Nullable;

/**
 * Parses Freshet's SQL: PostgreSQL- and RisingWave-flavoured SQL on Calcite's grammar.
 *
 * <p>Thread-safe and stateless: each call creates its own parser. Every failure is a {@link
 * FreshetException}; syntax errors have code {@link ErrorCode#SYNTAX_ERROR}, a first message line
 * like PostgreSQL's ({@code syntax error at or near "foo"}, {@code syntax error at end of input})
 * and the 1-based character position of the offending token in the whole text.
 */
public final class FreshetParser {
    private FreshetParser() {}

    private static final SqlParser.Config CONFIG =
            SqlParser.config()
                    .withParserFactory(FreshetSqlParserImpl.FACTORY)
                    .withQuoting(Quoting.DOUBLE_QUOTE)
                    .withUnquotedCasing(Casing.TO_LOWER)
                    .withQuotedCasing(Casing.UNCHANGED)
                    .withCaseSensitive(true)
                    .withCharLiteralStyles(Set.of(CharLiteralStyle.STANDARD))
                    .withConformance(FreshetConformance.INSTANCE);

    /**
     * The parser configuration: our parser factory, double-quoted identifiers, unquoted ones folded
     * to lower case, case-sensitive names, {@link FreshetConformance}. For Calcite components that
     * take a parser config; to parse, use {@link #parse}.
     */
    public static SqlParser.Config config() {
        return CONFIG;
    }

    /**
     * Parses one or more statements separated by semicolons. Empty statements (nothing, or only
     * comments, between semicolons) are skipped, so a text with no statement gives an empty list.
     *
     * @throws FreshetException on any syntax error; nothing else escapes
     */
    public static List<ParsedStatement> parse(String sql) {
        if (sql.isEmpty()) {
            return List.of(); // the generated lexer cannot start on an empty buffer
        }
        FreshetSqlParserImpl parser = newParser(sql);
        List<SqlNode> statements = new ArrayList<>();
        List<SqlParserPos> extents = new ArrayList<>();
        Token head = parser.token;
        try {
            parser.FreshetStmtList(statements, extents);
        } catch (ParseException e) {
            throw syntaxError(sql, offendingToken(parser, e), e);
        } catch (TokenMgrError e) {
            throw lexicalError(sql, head, e);
        } catch (PositionedParseException e) {
            throw new FreshetException(
                    e.code(), e.getMessage(), position(sql, e.pos()), null, null, null);
        } catch (CalciteContextException e) {
            throw contextError(sql, head, e);
        } catch (StackOverflowError e) {
            throw new FreshetException(
                    ErrorCode.PROGRAM_LIMIT_EXCEEDED,
                    "statement is too deeply nested",
                    0,
                    null,
                    null,
                    null);
        } catch (RuntimeException e) {
            throw new FreshetException(ErrorCode.INTERNAL_ERROR, "failed to parse statement", e);
        }
        SourcePositions positions = new SourcePositions(sql);
        List<ParsedStatement> parsed = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            SqlParserPos extent = extents.get(i);
            int begin = positions.charIndex(extent.getLineNum(), extent.getColumnNum());
            int end = positions.charIndex(extent.getEndLineNum(), extent.getEndColumnNum()) + 1;
            end = Math.min(Math.max(end, begin), sql.length());
            parsed.add(new ParsedStatement(statements.get(i), sql.substring(begin, end), begin));
        }
        return List.copyOf(parsed);
    }

    /**
     * SQL text for a parsed node that {@link #parse} reads back to an equal tree: PostgreSQL's
     * dialect, every identifier quoted, parameters written {@code $1, $2, ...}. For {@code SHOW
     * CREATE}, {@code EXPLAIN} and logs.
     */
    public static String unparse(SqlNode node) {
        SqlPrettyWriter writer =
                new DollarParameterWriter(
                        SqlPrettyWriter.config()
                                .withDialect(PostgresqlSqlDialect.DEFAULT)
                                .withAlwaysUseParentheses(false)
                                .withSelectListItemsOnSeparateLines(false)
                                .withUpdateSetListNewline(false)
                                .withIndentation(0));
        node.unparse(writer, 0, 0);
        return writer.toSqlString().getSql();
    }

    /** Writes parameters as PostgreSQL does, {@code $n}, keeping their numbers. */
    private static final class DollarParameterWriter extends SqlPrettyWriter {
        DollarParameterWriter(SqlWriterConfig config) {
            super(config);
        }

        @Override
        public void dynamicParam(int index) {
            print("$" + (index + 1));
            setNeedWhitespace(true);
        }
    }

    /**
     * PostgreSQL's error position (1-based, in characters) of a parser position in the text that
     * was parsed; 0 if the position is unknown ({@link SqlParserPos#ZERO}).
     */
    public static int position(String sql, SqlParserPos pos) {
        if (pos.getLineNum() < 1) {
            return 0;
        }
        SourcePositions positions = new SourcePositions(sql);
        return positions.characterPosition(
                positions.charIndex(pos.getLineNum(), pos.getColumnNum()));
    }

    private static FreshetSqlParserImpl newParser(String sql) {
        FreshetSqlParserImpl parser =
                (FreshetSqlParserImpl)
                        FreshetSqlParserImpl.FACTORY.getParser(new SourceStringReader(sql));
        parser.setTabSize(1);
        parser.setQuotedCasing(CONFIG.quotedCasing());
        parser.setUnquotedCasing(CONFIG.unquotedCasing());
        parser.setIdentifierMaxLength(CONFIG.identifierMaxLength());
        parser.setConformance(CONFIG.conformance());
        parser.switchTo(SqlAbstractParserImpl.LexicalState.forConfig(CONFIG));
        return parser;
    }

    private static Token offendingToken(FreshetSqlParserImpl parser, ParseException e) {
        Token current = e.currentToken != null ? e.currentToken : parser.token;
        return current.next != null ? current.next : parser.getToken(1);
    }

    private static FreshetException syntaxError(String sql, Token token, Throwable cause) {
        SourcePositions positions = new SourcePositions(sql);
        int start = positions.charIndex(token.beginLine, token.beginColumn);
        String what =
                switch (token.kind) {
                    case FreshetSqlParserImplConstants.QUOTE -> "quoted string";
                    case FreshetSqlParserImplConstants.DOUBLE_QUOTE -> "quoted identifier";
                    case FreshetSqlParserImplConstants.DOLLAR_QUOTED_STRING -> null;
                    default -> sql.startsWith("$$", start) ? "dollar-quoted string" : null;
                };
        if (what != null) {
            // when a quoted text is not closed, the lexer falls back to a lone quote (or to
            // tokens that start with $$)
            return new FreshetException(
                    ErrorCode.SYNTAX_ERROR,
                    "unterminated " + what + " at or near \"" + sql.substring(start) + "\"",
                    positions.characterPosition(start),
                    null,
                    null,
                    cause);
        }
        if (token.kind == FreshetSqlParserImplConstants.EOF) {
            return new FreshetException(
                    ErrorCode.SYNTAX_ERROR,
                    "syntax error at end of input",
                    sql.codePointCount(0, sql.length()) + 1,
                    null,
                    null,
                    cause);
        }
        return new FreshetException(
                ErrorCode.SYNTAX_ERROR,
                "syntax error at or near \"" + token.image + "\"",
                position(sql, new SqlParserPos(token.beginLine, token.beginColumn)),
                null,
                null,
                cause);
    }

    /**
     * A lexical error: the text after the last token cannot start a token. Reported as PostgreSQL
     * does: an unterminated quote or comment at its start, otherwise the bad character.
     */
    private static FreshetException lexicalError(String sql, Token head, TokenMgrError e) {
        SourcePositions positions = new SourcePositions(sql);
        Token last = head;
        while (last.next != null) {
            last = last.next;
        }
        int start = last == head ? 0 : positions.charIndex(last.endLine, last.endColumn) + 1;
        start = skipSpaceAndComments(sql, start);
        String rest = sql.substring(start);
        String message;
        if (rest.startsWith("/*")) {
            message = "unterminated /* comment at or near \"" + rest + "\"";
        } else if (rest.startsWith("$$")) {
            message = "unterminated dollar-quoted string at or near \"" + rest + "\"";
        } else if (rest.startsWith("\"")) {
            message = "unterminated quoted identifier at or near \"" + rest + "\"";
        } else if (startsQuotedString(rest)) {
            message = "unterminated quoted string at or near \"" + rest + "\"";
        } else {
            message =
                    "syntax error at or near \""
                            + (rest.isEmpty()
                                    ? ""
                                    : rest.substring(0, rest.offsetByCodePoints(0, 1)))
                            + "\"";
        }
        return new FreshetException(
                ErrorCode.SYNTAX_ERROR, message, positions.characterPosition(start), null, null, e);
    }

    private static boolean startsQuotedString(String rest) {
        int quote = rest.indexOf('\'');
        return quote == 0
                || (quote > 0 && quote <= 2 && rest.substring(0, quote).matches("(?i)e|n|x|b|u&"));
    }

    private static int skipSpaceAndComments(String sql, int start) {
        int i = start;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i) && sql.indexOf("*/", i + 2) >= 0) {
                i = sql.indexOf("*/", i + 2) + 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** An error raised by one of Calcite's grammar actions, which carries its own position. */
    private static FreshetException contextError(
            String sql, Token head, CalciteContextException e) {
        String message =
                e.getCause() != null && e.getCause().getMessage() != null
                        ? e.getCause().getMessage()
                        : e.getMessage();
        int line = e.getPosLine();
        int column = e.getPosColumn();
        Token token = tokenAt(head, line, column);
        if (message.startsWith("Non-query expression encountered in illegal context")
                && token != null) {
            // PostgreSQL: a statement cannot start with an expression
            return syntaxError(sql, token, e);
        }
        return new FreshetException(
                ErrorCode.SYNTAX_ERROR,
                message,
                position(sql, new SqlParserPos(line, column)),
                null,
                null,
                e);
    }

    private static @Nullable Token tokenAt(Token head, int line, int column) {
        for (Token t = head.next; t != null; t = t.next) {
            if (t.beginLine == line && t.beginColumn == column) {
                return t;
            }
        }
        return null;
    }
}
