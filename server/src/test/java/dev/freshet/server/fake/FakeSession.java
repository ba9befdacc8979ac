package dev.freshet.server.fake;

import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.Interval;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** A session of {@link FakeEngine}: runs {@link FakeStatement}s. */
public final class FakeSession implements Session {

    /** Reported parameter names by their lower-case spelling, as SET accepts them. */
    private static final Map<String, String> REPORTED_NAMES =
            Map.of(
                    "timezone", "TimeZone",
                    "application_name", "application_name",
                    "datestyle", "DateStyle",
                    "client_encoding", "client_encoding");

    public static final LocalDateTime SAMPLE_TIMESTAMP =
            LocalDateTime.of(2024, 2, 29, 12, 34, 56, 789_000_000);
    public static final byte[] SAMPLE_UUID = new byte[16];

    static {
        for (int i = 0; i < 16; i++) {
            SAMPLE_UUID[i] = (byte) (0x10 + i);
        }
    }

    private final FakeEngine engine;
    private final String user;
    private final String database;
    private final Map<String, String> startupParameters;
    private final Map<String, String> reported = new HashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final List<String> executed = new CopyOnWriteArrayList<>();
    private final CountDownLatch sleeping = new CountDownLatch(1);
    private volatile CountDownLatch cancelled = new CountDownLatch(1);
    private volatile boolean closed;
    private char status = 'I';

    FakeSession(
            FakeEngine engine,
            String user,
            String database,
            Map<String, String> startupParameters) {
        this.engine = engine;
        this.user = user;
        this.database = database;
        this.startupParameters = Map.copyOf(startupParameters);
        reported.put("server_version", "15.0.0");
        reported.put("server_encoding", "UTF8");
        reported.put("client_encoding", "UTF8");
        reported.put("DateStyle", "ISO, MDY");
        reported.put("IntervalStyle", "postgres");
        reported.put("integer_datetimes", "on");
        reported.put("standard_conforming_strings", "on");
        reported.put("is_superuser", "on");
        reported.put("session_authorization", user);
        reported.put("TimeZone", startupParameters.getOrDefault("TimeZone", "UTC"));
        reported.put("application_name", startupParameters.getOrDefault("application_name", ""));
    }

    public String user() {
        return user;
    }

    public String database() {
        return database;
    }

    public Map<String, String> startupParameters() {
        return startupParameters;
    }

    /** SQL of every statement executed, in order. */
    public List<String> executed() {
        return List.copyOf(executed);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Waits until a {@code sleep} statement is running. */
    public boolean awaitSleeping(long seconds) throws InterruptedException {
        return sleeping.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public List<Prepared> prepareAll(String sql) {
        List<Prepared> out = new ArrayList<>();
        int start = 0;
        for (String piece : sql.split(";", -1)) {
            if (!piece.isBlank()) {
                try {
                    out.add(FakeStatement.parse(piece, start, List.of()));
                } catch (RuntimeException e) {
                    failTransactionBlock();
                    throw e;
                }
            }
            start += piece.length() + 1;
        }
        if (out.isEmpty()) {
            out.add(FakeStatement.parse("", 0, List.of()));
        }
        return out;
    }

    @Override
    public Prepared prepare(String sql, List<@Nullable DataType> parameterTypes) {
        try {
            FakeStatement statement = FakeStatement.parse(sql, 0, parameterTypes);
            if (statement.kind == FakeStatement.Kind.UNKNOWN_COLUMN) {
                throw statement.unknownColumn();
            }
            return statement;
        } catch (RuntimeException e) {
            failTransactionBlock();
            throw e;
        }
    }

    @Override
    public StatementResult execute(Prepared prepared, List<@Nullable Object> parameters) {
        FakeStatement statement = (FakeStatement) prepared;
        executed.add(statement.sql());
        if (status == 'E'
                && statement.kind != FakeStatement.Kind.COMMIT
                && statement.kind != FakeStatement.Kind.ROLLBACK) {
            throw new FreshetException(
                    ErrorCode.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction"
                            + " block");
        }
        try {
            return run(statement, parameters);
        } catch (RuntimeException e) {
            failTransactionBlock();
            throw e;
        }
    }

    /** An error inside a transaction block aborts it, as in PostgreSQL. */
    private void failTransactionBlock() {
        if (status == 'T') {
            status = 'E';
        }
    }

    private StatementResult run(FakeStatement s, List<@Nullable Object> parameters) {
        return switch (s.kind) {
            case EMPTY -> new StatementResult.Empty();
            case INTS -> rows(s, 1, -1, i -> s.ints.toArray());
            case PARAMS -> rows(s, 1, -1, i -> parameters.toArray());
            case SERIES -> rows(s, s.number, -1, i -> new Object[] {i + 1});
            case FAIL_AFTER -> rows(s, Long.MAX_VALUE, s.number, i -> new Object[] {i + 1});
            case TYPES -> rows(s, 2, -1, i -> i == 0 ? sampleRow() : new Object[17]);
            case UNKNOWN_COLUMN -> throw s.unknownColumn();
            case BEGIN -> {
                status = 'T';
                yield new StatementResult.Command("BEGIN");
            }
            case COMMIT -> {
                String tag = status == 'E' ? "ROLLBACK" : "COMMIT";
                status = 'I';
                yield new StatementResult.Command(tag);
            }
            case ROLLBACK -> {
                status = 'I';
                yield new StatementResult.Command("ROLLBACK");
            }
            case SET -> {
                String name = REPORTED_NAMES.get(s.name.toLowerCase(Locale.ROOT));
                if (name != null) {
                    reported.put(name, s.value);
                }
                yield new StatementResult.Command("SET");
            }
            case SHOW -> {
                String name = REPORTED_NAMES.getOrDefault(s.name.toLowerCase(Locale.ROOT), s.name);
                String value = reported.getOrDefault(name, "");
                StatementResult.Rows r = rows(s, 1, -1, i -> new Object[] {value});
                yield new StatementResult.Rows(r.columns(), r.cursor(), "SHOW", false);
            }
            case INSERT -> new StatementResult.Command("INSERT 0 1");
            case NOTICE -> {
                notices.add(s.value);
                yield new StatementResult.Command("DO");
            }
            case CRASH -> throw new IllegalStateException("the fake engine crashed on purpose");
            case SLEEP -> {
                sleeping.countDown();
                try {
                    cancelled.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cancelled = new CountDownLatch(1);
                throw new FreshetException(
                        ErrorCode.QUERY_CANCELED, "canceling statement due to user request");
            }
        };
    }

    private StatementResult.Rows rows(
            FakeStatement s,
            long count,
            long failAfter,
            java.util.function.LongFunction<@Nullable Object[]> rowAt) {
        List<ResultColumn> columns = s.resultColumns().orElseThrow();
        List<DataType> types = columns.stream().map(ResultColumn::type).toList();
        FakeCursor cursor = new FakeCursor(engine, types, count, failAfter, rowAt);
        return new StatementResult.Rows(columns, cursor, "SELECT", true);
    }

    static Object[] sampleRow() {
        long micros = SAMPLE_TIMESTAMP.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + 789_000L;
        return new Object[] {
            true,
            12L,
            1234L,
            1234567890123L,
            1.5,
            2.25,
            Decimal.parse("12345.6789"),
            "héllo wörld",
            new byte[] {1, 2, 3, (byte) 0xFF},
            LocalDate.of(2024, 2, 29).toEpochDay(),
            micros,
            micros,
            LocalTime.of(12, 34, 56, 789_000_000).toNanoOfDay() / 1000,
            new Interval(14, 3, 4_000_000L),
            Arrays.copyOf(SAMPLE_UUID, 16),
            Arrays.asList(1L, null, 3L),
            "{\"a\": 1}"
        };
    }

    @Override
    public Map<String, String> reportedParameters() {
        return Map.copyOf(reported);
    }

    @Override
    public char transactionStatus() {
        return status;
    }

    @Override
    public List<String> drainNotices() {
        List<String> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    @Override
    public void cancel() {
        cancelled.countDown();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            engine.sessionClosed();
        }
    }
}
