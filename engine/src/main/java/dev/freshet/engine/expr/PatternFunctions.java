package dev.freshet.engine.expr;

import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Pattern matching: LIKE and ILIKE (PostgreSQL's operators {@code ~~} and {@code ~~*}), SIMILAR TO,
 * the POSIX operators {@code ~ ~* !~ !~*}, and regexp_match, regexp_matches (its first match, as a
 * scalar), regexp_replace, regexp_split_to_array, regexp_like, regexp_count and the regular
 * expression form of substring.
 *
 * <p>A constant pattern is compiled once when the call is bound; a pattern that varies by row is
 * compiled when it changes, so a column of equal patterns costs one compilation. LIKE runs on the
 * UTF-8 bytes without building strings ({@link LikeMatcher}).
 */
final class PatternFunctions {
    private PatternFunctions() {}

    private static final DataType TEXT = DataType.VARCHAR;
    private static final DataType BOOL = DataType.BOOLEAN;

    static void register(FunctionLibrary lib) {
        lib.define("~~", BOOL, (a, r) -> new Like(false, a), TEXT, TEXT);
        lib.define("~~", BOOL, (a, r) -> new Like(false, a), TEXT, TEXT, TEXT);
        lib.define("~~*", BOOL, (a, r) -> new Like(true, a), TEXT, TEXT);
        lib.define("~~*", BOOL, (a, r) -> new Like(true, a), TEXT, TEXT, TEXT);
        lib.define("similar_to", BOOL, (a, r) -> similar(a), TEXT, TEXT);
        lib.define("similar_to", BOOL, (a, r) -> similar(a), TEXT, TEXT, TEXT);
        lib.define("~", BOOL, (a, r) -> new RegexMatch(false, false, a), TEXT, TEXT);
        lib.define("~*", BOOL, (a, r) -> new RegexMatch(true, false, a), TEXT, TEXT);
        lib.define("!~", BOOL, (a, r) -> new RegexMatch(false, true, a), TEXT, TEXT);
        lib.define("!~*", BOOL, (a, r) -> new RegexMatch(true, true, a), TEXT, TEXT);
        DataType textArray = DataType.array(TEXT);
        for (String name : new String[] {"regexp_match", "regexp_matches"}) {
            boolean allowGlobal = name.equals("regexp_matches");
            lib.define(
                    name,
                    textArray,
                    (a, r) -> regexRow(name, r, a, 1, 2, allowGlobal, PatternFunctions::firstMatch),
                    TEXT,
                    TEXT);
            lib.define(
                    name,
                    textArray,
                    (a, r) -> regexRow(name, r, a, 1, 2, allowGlobal, PatternFunctions::firstMatch),
                    TEXT,
                    TEXT,
                    TEXT);
        }
        lib.define(
                "regexp_replace",
                TEXT,
                (a, r) -> regexRow("regexp_replace", r, a, 1, 3, true, PatternFunctions::replace),
                TEXT,
                TEXT,
                TEXT);
        lib.define(
                "regexp_replace",
                TEXT,
                (a, r) -> regexRow("regexp_replace", r, a, 1, 3, true, PatternFunctions::replace),
                TEXT,
                TEXT,
                TEXT,
                TEXT);
        lib.define(
                "regexp_split_to_array",
                textArray,
                (a, r) ->
                        regexRow(
                                "regexp_split_to_array",
                                r,
                                a,
                                1,
                                2,
                                false,
                                PatternFunctions::split),
                TEXT,
                TEXT);
        lib.define(
                "regexp_split_to_array",
                textArray,
                (a, r) ->
                        regexRow(
                                "regexp_split_to_array",
                                r,
                                a,
                                1,
                                2,
                                false,
                                PatternFunctions::split),
                TEXT,
                TEXT,
                TEXT);
        lib.define(
                "regexp_like",
                BOOL,
                (a, r) -> regexRow("regexp_like", r, a, 1, 2, false, (m, v) -> m.find()),
                TEXT,
                TEXT);
        lib.define(
                "regexp_like",
                BOOL,
                (a, r) -> regexRow("regexp_like", r, a, 1, 2, false, (m, v) -> m.find()),
                TEXT,
                TEXT,
                TEXT);
        lib.define(
                "regexp_count",
                DataType.INTEGER,
                (a, r) -> regexRow("regexp_count", r, a, 1, -1, true, PatternFunctions::count),
                TEXT,
                TEXT);
        lib.define(
                "substring",
                TEXT,
                (a, r) -> regexRow("substring", r, a, 1, -1, false, PatternFunctions::substring),
                TEXT,
                TEXT);
    }

    private static @Nullable String constantText(Expr e) {
        return e instanceof Literal l && l.value() instanceof String s ? s : null;
    }

    // ---------------------------------------------------------------------------------------
    // LIKE / ILIKE

    /** LIKE over a text column; the pattern (and escape) compiled once when constant. */
    private static final class Like implements ScalarFunction {
        private final boolean caseInsensitive;
        private final @Nullable LikeMatcher constant;

        Like(boolean caseInsensitive, List<Expr> args) {
            this.caseInsensitive = caseInsensitive;
            String p = constantText(args.get(1));
            String e = args.size() > 2 ? constantText(args.get(2)) : "\\";
            this.constant =
                    p != null && e != null
                            ? LikeMatcher.compile(p, LikeMatcher.escapeOf(e), caseInsensitive)
                            : null;
        }

        @Override
        public String name() {
            return caseInsensitive ? "~~*" : "~~";
        }

        @Override
        public DataType resultType() {
            return BOOL;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            BytesColumn text = (BytesColumn) args[0];
            byte[] data = text.data();
            boolean[] out = new boolean[rows];
            LikeMatcher m = constant;
            if (m != null) {
                for (int r = 0; r < rows; r++) {
                    out[r] = m.matches(data, text.start(r), text.length(r));
                }
                return new BoolColumn(out, nulls, rows);
            }
            BytesColumn patterns = (BytesColumn) args[1];
            BytesColumn escapes = args.length > 2 ? (BytesColumn) args[2] : null;
            String lastPattern = null;
            String lastEscape = null;
            for (int r = 0; r < rows; r++) {
                if (NullBits.isNull(nulls, r)) {
                    continue;
                }
                String p = patterns.getString(r);
                String e = escapes == null ? "\\" : escapes.getString(r);
                try {
                    if (m == null || !p.equals(lastPattern) || !e.equals(lastEscape)) {
                        m = LikeMatcher.compile(p, LikeMatcher.escapeOf(e), caseInsensitive);
                        lastPattern = p;
                        lastEscape = e;
                    }
                    out[r] = m.matches(data, text.start(r), text.length(r));
                } catch (FreshetException ex) {
                    nulls = ArithmeticFunctions.fail(ctx, ex, nulls, r, rows);
                }
            }
            return new BoolColumn(out, nulls, rows);
        }
    }

    // ---------------------------------------------------------------------------------------
    // ~, ~*, !~, !~*

    /** A compiled pattern cached by its source text; thread safe (a benign race recompiles). */
    private static final class PatternCache {
        private record Entry(String source, String flags, PgRegex.Compiled compiled) {}

        private final String function;
        private final boolean allowGlobal;
        private volatile @Nullable Entry last;

        PatternCache(String function, boolean allowGlobal) {
            this.function = function;
            this.allowGlobal = allowGlobal;
        }

        PgRegex.Compiled get(String source, String flags) {
            Entry e = last;
            if (e != null && e.source.equals(source) && e.flags.equals(flags)) {
                return e.compiled;
            }
            PgRegex.Compiled c = PgRegex.compile(source, flags, function, allowGlobal);
            last = new Entry(source, flags, c);
            return c;
        }
    }

    private static final class RegexMatch implements ScalarFunction {
        private final boolean caseInsensitive;
        private final boolean negated;
        private final PatternCache cache = new PatternCache("regex", false);
        private final @Nullable Pattern constant;

        RegexMatch(boolean caseInsensitive, boolean negated, List<Expr> args) {
            this.caseInsensitive = caseInsensitive;
            this.negated = negated;
            String p = constantText(args.get(1));
            this.constant = p == null ? null : PgRegex.compile(p, caseInsensitive);
        }

        @Override
        public String name() {
            return (negated ? "!" : "") + (caseInsensitive ? "~*" : "~");
        }

        @Override
        public DataType resultType() {
            return BOOL;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            BytesColumn text = (BytesColumn) args[0];
            BytesColumn patterns = (BytesColumn) args[1];
            boolean[] out = new boolean[rows];
            Matcher m = constant == null ? null : constant.matcher("");
            for (int r = 0; r < rows; r++) {
                if (NullBits.isNull(nulls, r)) {
                    continue;
                }
                try {
                    Matcher mr = m;
                    if (mr == null) {
                        mr =
                                cache.get(patterns.getString(r), caseInsensitive ? "i" : "")
                                        .pattern()
                                        .matcher("");
                    }
                    out[r] = mr.reset(text.getString(r)).find() != negated;
                } catch (FreshetException e) {
                    nulls = ArithmeticFunctions.fail(ctx, e, nulls, r, rows);
                }
            }
            return new BoolColumn(out, nulls, rows);
        }
    }

    private static ScalarFunction similar(List<Expr> args) {
        String p = constantText(args.get(1));
        String e = args.size() > 2 ? constantText(args.get(2)) : "\\";
        Pattern constant =
                p != null && e != null ? PgRegex.similar(p, LikeMatcher.escapeOf(e)) : null;
        return RowFunction.strict(
                "similar_to",
                BOOL,
                (v, ctx) -> {
                    Pattern pat =
                            constant != null
                                    ? constant
                                    : PgRegex.similar(
                                            (String) v[1],
                                            LikeMatcher.escapeOf(
                                                    v.length > 2 ? (String) v[2] : "\\"));
                    return pat.matcher((String) v[0]).matches();
                });
    }

    // ---------------------------------------------------------------------------------------
    // regexp_* functions

    @FunctionalInterface
    private interface RegexBody {
        @Nullable Object apply(Matcher m, @Nullable Object[] v);
    }

    /**
     * A row function whose argument {@code patternArg} is a regular expression and {@code flagsArg}
     * (or -1) its flags; the body gets a matcher reset to argument 0.
     */
    private static ScalarFunction regexRow(
            String name,
            DataType result,
            List<Expr> args,
            int patternArg,
            int flagsArg,
            boolean allowGlobal,
            RegexBody body) {
        PatternCache cache = new PatternCache(name, allowGlobal);
        String p = constantText(args.get(patternArg));
        String f = flagsArg >= 0 && flagsArg < args.size() ? constantText(args.get(flagsArg)) : "";
        PgRegex.Compiled constant =
                p != null && f != null ? PgRegex.compile(p, f, name, allowGlobal) : null;
        return RowFunction.strict(
                name,
                result,
                (v, ctx) -> {
                    PgRegex.Compiled c = constant;
                    if (c == null) {
                        String flags =
                                flagsArg >= 0 && flagsArg < v.length ? (String) v[flagsArg] : "";
                        c = cache.get((String) v[patternArg], flags);
                    }
                    Matcher m = c.pattern().matcher((String) v[0]);
                    Object[] withGlobal = v;
                    if (c.global()) {
                        withGlobal = java.util.Arrays.copyOf(v, v.length + 1);
                        withGlobal[v.length] = Boolean.TRUE;
                    }
                    return body.apply(m, withGlobal);
                });
    }

    private static boolean global(@Nullable Object[] v) {
        return v.length > 0 && v[v.length - 1] == Boolean.TRUE;
    }

    /** regexp_match: the capture groups (or the whole match) of the first match, or NULL. */
    private static @Nullable Object firstMatch(Matcher m, @Nullable Object[] v) {
        if (global(v)) {
            throw unsupported("regexp_matches with the \"g\" flag (its set-returning form)");
        }
        if (!m.find()) {
            return null;
        }
        List<@Nullable Object> out = new ArrayList<>();
        if (m.groupCount() == 0) {
            out.add(m.group());
        } else {
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.group(g));
            }
        }
        return out;
    }

    /** regexp_replace with PostgreSQL's replacement syntax: \1..\9, \& and \\. */
    private static Object replace(Matcher m, @Nullable Object[] v) {
        String source = (String) v[0];
        String replacement = (String) v[2];
        boolean all = global(v);
        int len = source.length();
        StringBuilder out = new StringBuilder(len);
        int pos = 0;
        int search = 0;
        while (search <= len && m.find(search)) {
            out.append(source, pos, m.start());
            appendReplacement(m, replacement, out);
            pos = m.end();
            if (!all) {
                break;
            }
            search = m.end();
            if (m.start() == m.end()) {
                if (m.end() >= len) {
                    break;
                }
                int next = m.end() + Character.charCount(source.codePointAt(m.end()));
                out.append(source, m.end(), next);
                pos = next;
                search = next;
            }
        }
        out.append(source, pos, len);
        return out.toString();
    }

    private static void appendReplacement(Matcher m, String r, StringBuilder out) {
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                char d = r.charAt(i + 1);
                if (d >= '1' && d <= '9') {
                    int g = d - '0';
                    if (g <= m.groupCount() && m.group(g) != null) {
                        out.append(m.group(g));
                    }
                    i++;
                    continue;
                }
                if (d == '&') {
                    out.append(m.group());
                    i++;
                    continue;
                }
                if (d == '\\') {
                    out.append('\\');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
    }

    /** regexp_split_to_array: PostgreSQL ignores empty matches at the ends and after a match. */
    private static Object split(Matcher m, @Nullable Object[] v) {
        String s = (String) v[0];
        List<@Nullable Object> out = new ArrayList<>();
        int pieceStart = 0;
        int prevEnd = 0;
        int search = 0;
        while (search <= s.length() && m.find(search)) {
            int so = m.start();
            int eo = m.end();
            if (so < s.length() && eo > prevEnd) {
                out.add(s.substring(pieceStart, so));
                pieceStart = eo;
                prevEnd = eo;
            }
            search = eo;
            if (so == eo) {
                if (eo >= s.length()) {
                    break;
                }
                search = eo + Character.charCount(s.codePointAt(eo));
            }
        }
        out.add(s.substring(pieceStart));
        return out;
    }

    private static Object count(Matcher m, @Nullable Object[] v) {
        long n = 0;
        String s = (String) v[0];
        int search = 0;
        while (search <= s.length() && m.find(search)) {
            n++;
            search = m.end();
            if (m.start() == m.end()) {
                if (m.end() >= s.length()) {
                    break;
                }
                search = m.end() + Character.charCount(s.codePointAt(m.end()));
            }
        }
        return n;
    }

    /** substring(s FROM regex): the first capture group of the first match, or the match. */
    private static @Nullable Object substring(Matcher m, @Nullable Object[] v) {
        if (!m.find()) {
            return null;
        }
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    static FreshetException unsupported(String what) {
        return new FreshetException(ErrorCode.FEATURE_NOT_SUPPORTED, what + " is not supported");
    }
}
