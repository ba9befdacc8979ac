package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Functions that write SQL text: {@code quote_ident}, {@code quote_literal}, {@code quote_nullable}
 * and {@code format} with PostgreSQL's {@code %s}, {@code %I}, {@code %L}, {@code %%}, argument
 * positions ({@code %2$s}) and widths ({@code %-10s}, {@code %*s}).
 */
final class QuotingFunctions {
    private QuotingFunctions() {}

    private static final DataType TEXT = DataType.VARCHAR;

    /** PostgreSQL's keywords that are not UNRESERVED_KEYWORD: quote_ident quotes them. */
    private static final Set<String> KEYWORDS =
            Set.of(
                    "all",
                    "analyse",
                    "analyze",
                    "and",
                    "any",
                    "array",
                    "as",
                    "asc",
                    "asymmetric",
                    "authorization",
                    "between",
                    "bigint",
                    "binary",
                    "bit",
                    "boolean",
                    "both",
                    "case",
                    "cast",
                    "char",
                    "character",
                    "check",
                    "coalesce",
                    "collate",
                    "collation",
                    "column",
                    "concurrently",
                    "constraint",
                    "create",
                    "cross",
                    "current_catalog",
                    "current_date",
                    "current_role",
                    "current_schema",
                    "current_time",
                    "current_timestamp",
                    "current_user",
                    "dec",
                    "decimal",
                    "default",
                    "deferrable",
                    "desc",
                    "distinct",
                    "do",
                    "else",
                    "end",
                    "except",
                    "exists",
                    "extract",
                    "false",
                    "fetch",
                    "float",
                    "for",
                    "foreign",
                    "freeze",
                    "from",
                    "full",
                    "grant",
                    "greatest",
                    "group",
                    "grouping",
                    "having",
                    "ilike",
                    "in",
                    "initially",
                    "inner",
                    "inout",
                    "int",
                    "integer",
                    "intersect",
                    "interval",
                    "into",
                    "is",
                    "isnull",
                    "join",
                    "lateral",
                    "leading",
                    "least",
                    "left",
                    "like",
                    "limit",
                    "localtime",
                    "localtimestamp",
                    "national",
                    "natural",
                    "nchar",
                    "none",
                    "normalize",
                    "not",
                    "notnull",
                    "null",
                    "nullif",
                    "numeric",
                    "offset",
                    "on",
                    "only",
                    "or",
                    "order",
                    "out",
                    "outer",
                    "overlaps",
                    "overlay",
                    "placing",
                    "position",
                    "precision",
                    "primary",
                    "real",
                    "references",
                    "returning",
                    "right",
                    "row",
                    "select",
                    "session_user",
                    "setof",
                    "similar",
                    "smallint",
                    "some",
                    "substring",
                    "symmetric",
                    "table",
                    "tablesample",
                    "then",
                    "time",
                    "timestamp",
                    "to",
                    "trailing",
                    "treat",
                    "trim",
                    "true",
                    "union",
                    "unique",
                    "user",
                    "using",
                    "values",
                    "varchar",
                    "variadic",
                    "verbose",
                    "when",
                    "where",
                    "window",
                    "with",
                    "xmlattributes",
                    "xmlconcat",
                    "xmlelement",
                    "xmlexists",
                    "xmlforest",
                    "xmlnamespaces",
                    "xmlparse",
                    "xmlpi",
                    "xmlroot",
                    "xmlserialize",
                    "xmltable");

    static void register(FunctionLibrary lib) {
        lib.define(
                "quote_ident",
                TEXT,
                StringFunctions.row("quote_ident", v -> quoteIdent((String) v[0])),
                TEXT);
        lib.define(
                "parse_ident",
                DataType.array(TEXT),
                StringFunctions.row("parse_ident", v -> parseIdent((String) v[0])),
                TEXT);
        lib.define(
                "quote_literal",
                TEXT,
                StringFunctions.row("quote_literal", v -> quoteLiteral((String) v[0])),
                TEXT);
        lib.define(
                "quote_nullable",
                TEXT,
                (a, r) ->
                        new RowFunction(
                                "quote_nullable",
                                r,
                                false,
                                false,
                                (v, ctx) -> v[0] == null ? "NULL" : quoteLiteral((String) v[0])),
                TEXT);
        lib.register("format", QuotingFunctions::resolveFormat);
    }

    static String quoteIdent(String s) {
        boolean safe = !s.isEmpty() && (isLower(s.charAt(0)) || s.charAt(0) == '_');
        for (int i = 0; i < s.length() && safe; i++) {
            char c = s.charAt(i);
            safe = isLower(c) || (c >= '0' && c <= '9') || c == '_';
        }
        if (safe && !KEYWORDS.contains(s)) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static String quoteLiteral(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        if (s.indexOf('\\') >= 0) {
            sb.append('E');
        }
        sb.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\\') {
                sb.append(c);
            }
            sb.append(c);
        }
        return sb.append('\'').toString();
    }

    private static Optional<Resolution> resolveFormat(List<DataType> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        DataType f = args.get(0);
        if (f.kind() != TypeKind.VARCHAR && f.kind() != TypeKind.UNKNOWN) {
            return Optional.empty();
        }
        List<DataType> params = new ArrayList<>();
        params.add(TEXT);
        for (int i = 1; i < args.size(); i++) {
            DataType t = args.get(i);
            params.add(t.kind() == TypeKind.UNKNOWN ? TEXT : t);
        }
        return Optional.of(
                new Resolution(
                        params,
                        TEXT,
                        (exprs, result) ->
                                new RowFunction(
                                        "format",
                                        result,
                                        false,
                                        false,
                                        (v, ctx) -> format(params, v, ctx))));
    }

    private static FreshetException formatError(String message) {
        return new FreshetException(ErrorCode.INVALID_PARAMETER_VALUE, message);
    }

    /** PostgreSQL's text_format. */
    private static @Nullable String format(
            List<DataType> types, @Nullable Object[] v, EvalContext ctx) {
        String fmt = (String) v[0];
        if (fmt == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int nextArg = 1;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw formatError("unterminated format() type specifier");
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            // [argpos$][flags][width][type]
            int argPos = -1;
            int save = i;
            int n = readInt(fmt, i);
            if (n >= 0) {
                int after = skipDigits(fmt, i);
                if (after < fmt.length() && fmt.charAt(after) == '$') {
                    argPos = n;
                    i = after + 1;
                    if (argPos == 0) {
                        throw formatError(
                                "format specifies argument 0, but arguments are numbered from 1");
                    }
                } else {
                    i = save;
                }
            }
            boolean leftAlign = false;
            if (i < fmt.length() && fmt.charAt(i) == '-') {
                leftAlign = true;
                i++;
            }
            int width = -1;
            if (i < fmt.length() && fmt.charAt(i) == '*') {
                i++;
                int widthArg;
                int w = readInt(fmt, i);
                int after = skipDigits(fmt, i);
                if (w >= 0 && after < fmt.length() && fmt.charAt(after) == '$') {
                    widthArg = w;
                    i = after + 1;
                } else {
                    widthArg = nextArg++;
                }
                if (widthArg >= v.length) {
                    throw formatError("too few arguments for format()");
                }
                Object wv = v[widthArg];
                if (wv != null) {
                    long wl = ((Number) wv).longValue();
                    if (wl < 0) {
                        leftAlign = true;
                        wl = -wl;
                    }
                    width = (int) wl;
                }
            } else {
                int w = readInt(fmt, i);
                if (w >= 0) {
                    width = w;
                    i = skipDigits(fmt, i);
                }
            }
            if (i >= fmt.length()) {
                throw formatError("unterminated format() type specifier");
            }
            char type = fmt.charAt(i++);
            if (type != 's' && type != 'I' && type != 'L') {
                throw new FreshetException(
                                ErrorCode.INVALID_PARAMETER_VALUE,
                                "unrecognized format() type specifier \"" + type + "\"")
                        .withHint("For a single \"%\" use \"%%\".");
            }
            int arg = argPos > 0 ? argPos : nextArg;
            nextArg = arg + 1;
            if (arg >= v.length) {
                throw formatError("too few arguments for format()");
            }
            Object value = v[arg];
            String text;
            if (value == null) {
                if (type == 'I') {
                    throw new FreshetException(
                            ErrorCode.NULL_VALUE_NOT_ALLOWED,
                            "null values cannot be formatted as an SQL identifier");
                }
                text = type == 'L' ? "NULL" : "";
            } else {
                String s = StringFunctions.text(types.get(arg), value, ctx);
                text =
                        switch (type) {
                            case 'I' -> quoteIdent(s);
                            case 'L' -> quoteLiteral(s);
                            default -> s;
                        };
            }
            int len = text.codePointCount(0, text.length());
            if (width > len && !leftAlign) {
                out.append(" ".repeat(width - len));
            }
            out.append(text);
            if (width > len && leftAlign) {
                out.append(" ".repeat(width - len));
            }
        }
        return out.toString();
    }

    private static int readInt(String s, int from) {
        int i = from;
        long n = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            n = n * 10 + (s.charAt(i) - '0');
            if (n > Integer.MAX_VALUE) {
                throw formatError("number is out of range");
            }
            i++;
        }
        return i == from ? -1 : (int) n;
    }

    private static int skipDigits(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@code parse_ident}: the parts of a qualified identifier, {@code a."B c".d} as {@code {a,B
     * c,d}}: unquoted parts folded to lower case, quoted ones as written ({@code ""} is a quote);
     * 22023 for text that is not one.
     */
    static List<String> parseIdent(String text) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder part = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        part.append(c);
                    }
                }
                if (!closed || part.isEmpty()) {
                    throw badIdent(text);
                }
            } else {
                while (i < n && text.charAt(i) != '.' && !Character.isWhitespace(text.charAt(i))) {
                    part.append(Character.toLowerCase(text.charAt(i++)));
                }
                if (part.isEmpty()) {
                    throw badIdent(text);
                }
            }
            parts.add(part.toString());
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return parts;
            }
            if (text.charAt(i) != '.') {
                throw badIdent(text);
            }
            i++;
        }
    }

    private static FreshetException badIdent(String text) {
        return new FreshetException(
                ErrorCode.INVALID_PARAMETER_VALUE,
                "string is not a valid identifier: \"" + text + "\"");
    }
}
