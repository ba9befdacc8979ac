package dev.freshet.server.fake;

import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A statement of the fake engine's language (case-insensitive):
 *
 * <pre>
 *   select 1, 2            one row of int4 values
 *   select $1, $2          one row echoing the parameters (untyped ones are varchar)
 *   select series(n)       bigint 1..n, generated lazily in batches
 *   select fail_after(n)   n rows, then 22012
 *   select types           one row of every basic type, then a row of NULLs
 *   select name            42703 column "name" does not exist, at execution
 *   begin | commit | rollback, set name = value, show name, insert ..., notice text
 *   crash                  an internal error (IllegalStateException)
 *   sleep                  blocks until cancelled, then 57014
 * </pre>
 *
 * Anything else is a syntax error at its first token.
 */
public final class FakeStatement implements Prepared {

    enum Kind {
        EMPTY,
        INTS,
        PARAMS,
        SERIES,
        FAIL_AFTER,
        TYPES,
        UNKNOWN_COLUMN,
        BEGIN,
        COMMIT,
        ROLLBACK,
        SET,
        SHOW,
        INSERT,
        NOTICE,
        CRASH,
        SLEEP
    }

    private static final Pattern SERIES = Pattern.compile("select\\s+series\\((\\d+)\\)");
    private static final Pattern FAIL_AFTER = Pattern.compile("select\\s+fail_after\\((\\d+)\\)");
    private static final Pattern PARAMS = Pattern.compile("select\\s+\\$\\d+(\\s*,\\s*\\$\\d+)*");
    private static final Pattern INTS = Pattern.compile("select\\s+-?\\d+(\\s*,\\s*-?\\d+)*");
    private static final Pattern COLUMN = Pattern.compile("select\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern SET =
            Pattern.compile(
                    "set\\s+([a-z_]+)\\s*(?:=|\\s+to\\s+)\\s*'?([^']*)'?",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOW = Pattern.compile("show\\s+([a-z_]+)");
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("[^\\s(),;]+");

    static final List<ResultColumn> TYPE_COLUMNS =
            List.of(
                    new ResultColumn("b", DataType.BOOLEAN),
                    new ResultColumn("i2", DataType.SMALLINT),
                    new ResultColumn("i4", DataType.INTEGER),
                    new ResultColumn("i8", DataType.BIGINT),
                    new ResultColumn("f4", DataType.REAL),
                    new ResultColumn("f8", DataType.DOUBLE),
                    new ResultColumn("num", DataType.decimal(10, 4)),
                    new ResultColumn("txt", DataType.VARCHAR),
                    new ResultColumn("bin", DataType.BYTEA),
                    new ResultColumn("d", DataType.DATE),
                    new ResultColumn("ts", DataType.TIMESTAMP),
                    new ResultColumn("tstz", DataType.TIMESTAMPTZ),
                    new ResultColumn("t", DataType.TIME),
                    new ResultColumn("iv", DataType.INTERVAL),
                    new ResultColumn("u", DataType.UUID),
                    new ResultColumn("arr", DataType.array(DataType.INTEGER)),
                    new ResultColumn("js", DataType.JSONB));

    final Kind kind;
    private final String sql;
    private final List<DataType> parameterTypes;
    private final @Nullable List<ResultColumn> columns;
    final long number;
    final List<Long> ints;
    final String name;
    final String value;
    final int position;

    private FakeStatement(
            Kind kind,
            String sql,
            List<DataType> parameterTypes,
            @Nullable List<ResultColumn> columns,
            long number,
            List<Long> ints,
            String name,
            String value,
            int position) {
        this.kind = kind;
        this.sql = sql;
        this.parameterTypes = List.copyOf(parameterTypes);
        this.columns = columns == null ? null : List.copyOf(columns);
        this.number = number;
        this.ints = List.copyOf(ints);
        this.name = name;
        this.value = value;
        this.position = position;
    }

    /**
     * Parses one statement.
     *
     * @param offset characters before {@code text} in what the client sent (for positions)
     */
    static FakeStatement parse(String text, int offset, List<@Nullable DataType> declared) {
        String trimmed = text.strip();
        int lead = offset + text.indexOf(trimmed.isEmpty() ? text : trimmed);
        String lower = trimmed.toLowerCase(Locale.ROOT);
        List<DataType> params = parameterTypes(trimmed, declared);
        Matcher m;
        if (trimmed.isEmpty()) {
            return of(Kind.EMPTY, text, params, null);
        } else if ((m = SERIES.matcher(lower)).matches()) {
            return number(Kind.SERIES, text, params, "series", Long.parseLong(m.group(1)));
        } else if ((m = FAIL_AFTER.matcher(lower)).matches()) {
            return number(Kind.FAIL_AFTER, text, params, "n", Long.parseLong(m.group(1)));
        } else if (lower.equals("select types")) {
            return of(Kind.TYPES, text, params, TYPE_COLUMNS);
        } else if (PARAMS.matcher(lower).matches()) {
            List<ResultColumn> cols = new ArrayList<>();
            for (DataType t : params) {
                cols.add(new ResultColumn("?column?", t));
            }
            return of(Kind.PARAMS, text, params, cols);
        } else if (INTS.matcher(lower).matches()) {
            List<Long> values = new ArrayList<>();
            List<ResultColumn> cols = new ArrayList<>();
            for (String v : lower.substring(6).split(",")) {
                values.add(Long.parseLong(v.strip()));
                cols.add(new ResultColumn("?column?", DataType.INTEGER));
            }
            return new FakeStatement(Kind.INTS, text, params, cols, 0, values, "", "", 0);
        } else if ((m = COLUMN.matcher(lower)).matches()) {
            return new FakeStatement(
                    Kind.UNKNOWN_COLUMN,
                    text,
                    params,
                    List.of(),
                    0,
                    List.of(),
                    m.group(1),
                    "",
                    lead + m.start(1) + 1);
        } else if (lower.equals("begin") || lower.equals("start transaction")) {
            return of(Kind.BEGIN, text, params, null);
        } else if (lower.equals("commit") || lower.equals("end")) {
            return of(Kind.COMMIT, text, params, null);
        } else if (lower.equals("rollback") || lower.equals("abort")) {
            return of(Kind.ROLLBACK, text, params, null);
        } else if ((m = SET.matcher(trimmed)).matches()) {
            return new FakeStatement(
                    Kind.SET, text, params, null, 0, List.of(), m.group(1), m.group(2), 0);
        } else if ((m = SHOW.matcher(lower)).matches()) {
            return new FakeStatement(
                    Kind.SHOW,
                    text,
                    params,
                    List.of(new ResultColumn(m.group(1), DataType.VARCHAR)),
                    0,
                    List.of(),
                    m.group(1),
                    "",
                    0);
        } else if (lower.startsWith("insert ")) {
            return of(Kind.INSERT, text, params, null);
        } else if (lower.startsWith("notice ")) {
            return new FakeStatement(
                    Kind.NOTICE, text, params, null, 0, List.of(), "", trimmed.substring(7), 0);
        } else if (lower.equals("crash")) {
            return of(Kind.CRASH, text, params, null);
        } else if (lower.equals("sleep")) {
            return of(Kind.SLEEP, text, params, null);
        }
        Matcher token = TOKEN.matcher(trimmed);
        token.find();
        throw new FreshetException(
                ErrorCode.SYNTAX_ERROR,
                "syntax error at or near \"" + token.group() + "\"",
                lead + token.start() + 1,
                null,
                null,
                null);
    }

    private static List<DataType> parameterTypes(String text, List<@Nullable DataType> declared) {
        int count = declared.size();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)));
        }
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DataType t = i < declared.size() ? declared.get(i) : null;
            types.add(t != null ? t : DataType.VARCHAR);
        }
        return types;
    }

    private static FakeStatement of(
            Kind kind, String sql, List<DataType> params, @Nullable List<ResultColumn> cols) {
        return new FakeStatement(kind, sql, params, cols, 0, List.of(), "", "", 0);
    }

    private static FakeStatement number(
            Kind kind, String sql, List<DataType> params, String column, long n) {
        return new FakeStatement(
                kind,
                sql,
                params,
                List.of(new ResultColumn(column, DataType.BIGINT)),
                n,
                List.of(),
                "",
                "",
                0);
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public List<DataType> parameterTypes() {
        return parameterTypes;
    }

    @Override
    public Optional<List<ResultColumn>> resultColumns() {
        return Optional.ofNullable(columns);
    }

    @Override
    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    /** The analysis error of a statement naming an unknown column. */
    FreshetException unknownColumn() {
        return new FreshetException(
                ErrorCode.UNDEFINED_COLUMN,
                "column \"" + name + "\" does not exist",
                position,
                null,
                null,
                null);
    }
}
