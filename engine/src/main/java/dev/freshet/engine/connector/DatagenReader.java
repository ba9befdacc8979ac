package dev.freshet.engine.connector;

import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DoubleColumnBuilder;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Interval;
import dev.freshet.engine.type.PgDateTimeParser;
import dev.freshet.engine.type.PgIntervalText;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code connector = 'datagen'}: generates rows at {@code datagen.rows.per.second} (default 10).
 * Row {@code n} (0-based) is a pure function of {@code n} and the options, so the sequence number
 * is the whole reader state and a reader opened at {@code n} goes on with exactly the rows a single
 * run would have made.
 *
 * <p>Per column {@code fields.<col>.kind}:
 *
 * <ul>
 *   <li>{@code sequence}: {@code start} + n (numbers, text), from {@code start} (default 0) up to
 *       {@code end} (default 32767); the source is bounded by its shortest sequence. For timestamps
 *       (our addition) {@code start} is a timestamp and each row adds {@code step} (an interval,
 *       default {@code 1 second}).
 *   <li>{@code random} (the default): numbers uniform in [{@code min}, {@code max}] (default 0 and
 *       32767), text of {@code length} letters (default 10), booleans, timestamps in ({@code
 *       basetime} − {@code max_past}, {@code basetime}] (default: 1 day before CREATE time, which
 *       is pinned into the options); {@code seed} (default 0) varies the stream.
 * </ul>
 */
final class DatagenReader implements SourceReader {
    /** Rows generated per poll at most (a few batches per epoch). */
    private static final int MAX_ROWS_PER_POLL = 8 * 1024;

    private final Field[] fields;
    private final long total;
    private final double rowsPerSecond;
    private final long startRow;
    private final long startNanos = System.nanoTime();
    private long next;

    private DatagenReader(Field[] fields, long total, double rowsPerSecond, long next) {
        this.fields = fields;
        this.total = total;
        this.rowsPerSecond = rowsPerSecond;
        this.startRow = next;
        this.next = next;
    }

    /** How one column is generated. */
    private record Field(
            TypeKind kind,
            DataType type,
            boolean sequence,
            long start,
            long step,
            double min,
            double max,
            long seed,
            int length) {}

    /** Checks the options (CREATE time) and builds a reader positioned at row {@code next}. */
    static DatagenReader open(SourceOptions o, List<ColumnDef> columns, long next) {
        Field[] fields = new Field[columns.size()];
        long total = Long.MAX_VALUE;
        for (int c = 0; c < fields.length; c++) {
            ColumnDef col = columns.get(c);
            String p = "fields." + col.name().toLowerCase(java.util.Locale.ROOT) + ".";
            String kind = o.get(p + "kind", "random").toLowerCase(java.util.Locale.ROOT);
            TypeKind t = col.type().kind();
            boolean supported =
                    switch (t) {
                        case SMALLINT,
                                INTEGER,
                                BIGINT,
                                REAL,
                                DOUBLE,
                                DECIMAL,
                                VARCHAR,
                                BOOLEAN,
                                TIMESTAMP,
                                TIMESTAMPTZ ->
                                true;
                        default -> false;
                    };
            if (!supported) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "datagen cannot generate column \""
                                + col.name()
                                + "\" of type "
                                + col.type().sqlName());
            }
            long seed = o.getLong(p + "seed", 0) * 0x9E3779B97F4A7C15L + c * 0xC2B2AE3D27D4EB4FL;
            boolean time = t == TypeKind.TIMESTAMP || t == TypeKind.TIMESTAMPTZ;
            switch (kind) {
                case "sequence" -> {
                    if (t == TypeKind.BOOLEAN) {
                        throw o.invalid(p + "kind", kind, "a kind for a boolean (use random)");
                    }
                    long start;
                    long step = 1;
                    long end = Long.MAX_VALUE;
                    if (time) {
                        start = timestamp(o, p + "start", o.require(p + "start", "2024-01-01"));
                        step = micros(o, p + "step", o.get(p + "step", "1 second"));
                        String e = o.get(p + "end");
                        if (e != null) {
                            end = timestamp(o, p + "end", e);
                        }
                        if (end != Long.MAX_VALUE) {
                            total = Math.min(total, end < start ? 0 : (end - start) / step + 1);
                        }
                    } else {
                        start = o.getLong(p + "start", 0);
                        end = o.getLong(p + "end", 32767);
                        total = Math.min(total, end < start ? 0 : end - start + 1);
                    }
                    fields[c] = new Field(t, col.type(), true, start, step, 0, 0, seed, 0);
                }
                case "random" -> {
                    if (time) {
                        String base = o.get(p + "basetime");
                        long basetime = timestamp(o, p + "basetime", base == null ? "now" : base);
                        long maxPast = micros(o, p + "max_past", o.get(p + "max_past", "1 day"));
                        fields[c] =
                                new Field(t, col.type(), false, basetime, maxPast, 0, 0, seed, 0);
                    } else {
                        double min = o.getDouble(p + "min", 0);
                        double max = o.getDouble(p + "max", 32767);
                        if (max < min) {
                            throw o.invalid(p + "max", Double.toString(max), "at least min");
                        }
                        int length = (int) o.getLong(p + "length", 10);
                        fields[c] = new Field(t, col.type(), false, 0, 0, min, max, seed, length);
                    }
                }
                default -> throw o.invalid(p + "kind", kind, "sequence or random");
            }
        }
        double rate = o.getDouble("datagen.rows.per.second", 10);
        if (!(rate > 0)) {
            throw o.invalid("datagen.rows.per.second", Double.toString(rate), "a positive number");
        }
        return new DatagenReader(fields, total, rate, next);
    }

    private static long timestamp(SourceOptions o, String key, String text) {
        if (text.equalsIgnoreCase("now")) {
            return dev.freshet.engine.expr.EvalContext.currentMicros();
        }
        try {
            return PgDateTimeParser.parseTimestampTz(text, ZoneOffset.UTC);
        } catch (FreshetException e) {
            throw o.invalid(key, text, "a timestamp");
        }
    }

    private static long micros(SourceOptions o, String key, String text) {
        Interval i;
        try {
            i = PgIntervalText.parse(text);
        } catch (FreshetException e) {
            throw o.invalid(key, text, "an interval");
        }
        long m = i.days() * 86_400_000_000L + i.micros();
        if (i.months() != 0 || m <= 0) {
            throw o.invalid(key, text, "a positive interval of days, hours, minutes or seconds");
        }
        return m;
    }

    @Override
    public void poll(SourceBatcher out, long waitMillis) {
        long due = due();
        if (due <= next) {
            long nanosPerRow = (long) (1e9 / rowsPerSecond);
            long sleep = Math.min(waitMillis, Math.max(1, nanosPerRow / 1_000_000));
            if (finished()) {
                sleep = waitMillis;
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        long until = Math.min(due, next + MAX_ROWS_PER_POLL);
        for (; next < until; next++) {
            for (int c = 0; c < fields.length; c++) {
                generate(fields[c], next, out.column(c));
            }
            out.endRow();
        }
    }

    /** Rows that should exist by now (capped by the bound). */
    private long due() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double d = startRow + elapsed * rowsPerSecond + 1;
        long rows = d >= total ? total : (long) d;
        return Math.min(rows, total);
    }

    private static void generate(Field f, long n, ColumnBuilder out) {
        long h = mix(f.seed + n * 0x9E3779B97F4A7C15L);
        switch (f.kind) {
            case SMALLINT, INTEGER, BIGINT -> {
                long v;
                if (f.sequence) {
                    v = f.start + n;
                } else {
                    long lo = (long) Math.ceil(f.min);
                    long span = (long) Math.floor(f.max) - lo + 1;
                    v = lo + Math.floorMod(h, span);
                }
                if (!fits(f.kind, v)) {
                    out.appendNull();
                } else {
                    ((LongColumnBuilder) out).appendLong(v);
                }
            }
            case REAL, DOUBLE -> {
                double v = f.sequence ? f.start + n : f.min + unit(h) * (f.max - f.min);
                ((DoubleColumnBuilder) out).appendDouble(f.kind == TypeKind.REAL ? (float) v : v);
            }
            case DECIMAL -> {
                String text =
                        f.sequence
                                ? Long.toString(f.start + n)
                                : Double.toString(f.min + unit(h) * (f.max - f.min));
                out.appendObject(PgText.parse(f.type, text, ZoneOffset.UTC));
            }
            case VARCHAR -> {
                if (f.sequence) {
                    out.appendObject(Long.toString(f.start + n));
                } else {
                    char[] s = new char[f.length];
                    long bits = h;
                    for (int i = 0; i < s.length; i++) {
                        if (i % 12 == 0 && i > 0) {
                            bits = mix(bits);
                        }
                        s[i] = (char) ('a' + Math.floorMod(bits >>> (5 * (i % 12)), 26));
                    }
                    out.appendObject(new String(s));
                }
            }
            case BOOLEAN -> out.appendObject((h & 1) == 1);
            case TIMESTAMP, TIMESTAMPTZ ->
                    ((LongColumnBuilder) out)
                            .appendLong(
                                    f.sequence
                                            ? f.start + n * f.step
                                            : f.start - Math.floorMod(h, f.step));
            default -> throw new IllegalStateException("datagen type " + f.kind);
        }
    }

    private static boolean fits(TypeKind kind, long v) {
        return switch (kind) {
            case SMALLINT -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
            case INTEGER -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            default -> true;
        };
    }

    /** A uniform double in [0, 1) from 53 bits of {@code h}. */
    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finalizer: a well-mixed 64-bit value per input. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public SourcePosition position() {
        return new SourcePosition.Sequence(next);
    }

    @Override
    public boolean finished() {
        return next >= total;
    }

    @Override
    public SourcePosition catchUpTarget() {
        return new SourcePosition.Sequence(total == Long.MAX_VALUE ? next : total);
    }

    @Override
    public void close() {}
}
