package dev.freshet.engine.type;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures the column output path, the server's per-cell hot path: heap bytes allocated and time
 * per value, for each type. Not part of the default suite ({@code bench} tag); run with {@code
 * ./mvnw -pl engine -am verify -Dfreshet.excludedGroups= -Dfreshet.groups=bench
 * -Dtest=PgTextFormatBench -Dsurefire.failIfNoSpecifiedTests=false} and read the report in {@code
 * engine/target/surefire-reports}. The engine module has no JMH dependency yet; this uses the JVM's
 * per-thread allocation counter after a warm-up, which is what the zero-allocation claim is about.
 */
@Tag("bench")
class PgTextFormatBench {
    private static final int ROWS = 100_000;
    private static final int WARMUP_PASSES = 30;
    private static final int PASSES = 20;

    @Test
    void formatEveryType() {
        Random r = new Random(1);
        ZoneId utc = ZoneId.of("UTC");
        report("bigint", column(DataType.BIGINT, r, x -> x.nextLong()), utc);
        report(
                "double",
                column(DataType.DOUBLE, r, x -> x.nextDouble() * Math.pow(10, x.nextInt(40) - 20)),
                utc);
        report(
                "real",
                column(DataType.REAL, r, x -> (double) (float) (x.nextDouble() * 1000)),
                utc);
        report(
                "numeric",
                column(
                        DataType.DECIMAL,
                        r,
                        x -> Decimal.of(BigDecimal.valueOf(x.nextLong() >> 20, x.nextInt(6)))),
                utc);
        report("varchar", column(DataType.VARCHAR, r, x -> "text value " + x.nextInt()), utc);
        report("uuid", column(DataType.UUID, r, x -> bytes(x, 16)), utc);
        report("bytea", column(DataType.BYTEA, r, x -> bytes(x, 12)), utc);
        report("date", column(DataType.DATE, r, x -> (long) x.nextInt(40_000) - 10_000), utc);
        report(
                "timestamp",
                column(DataType.TIMESTAMP, r, x -> (long) ((x.nextDouble() - 0.3) * 4e15)),
                utc);
        report(
                "timestamptz",
                column(DataType.TIMESTAMPTZ, r, x -> (long) ((x.nextDouble() - 0.3) * 4e15)),
                ZoneId.of("America/New_York"));
        report(
                "interval",
                column(
                        DataType.INTERVAL,
                        r,
                        x -> new Interval(x.nextInt(100), x.nextInt(100), x.nextLong() >> 20)),
                utc);
        report(
                "text[]",
                column(DataType.array(DataType.VARCHAR), r, x -> List.of("a b", "c", "NULL")),
                utc);
    }

    private static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static Column column(DataType type, Random r, Function<Random, Object> value) {
        List<Object> values = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            values.add(value.apply(r));
        }
        ColumnBuilder b = ColumnBuilder.forType(type, ROWS);
        values.forEach(b::appendObject);
        return b.build();
    }

    private static long sink;

    private static void report(String name, Column column, ZoneId zone) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder(256);
        for (int p = 0; p < WARMUP_PASSES; p++) {
            pass(column, zone, out);
        }
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        for (int p = 0; p < PASSES; p++) {
            pass(column, zone, out);
        }
        long nanos = System.nanoTime() - start;
        bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
        double values = (double) PASSES * column.size();
        System.out.printf(
                "%-12s %6.2f bytes/value %7.1f ns/value%n", name, bytes / values, nanos / values);
    }

    private static void pass(Column column, ZoneId zone, StringBuilder out) {
        for (int i = 0; i < column.size(); i++) {
            out.setLength(0);
            PgText.format(column, i, zone, out);
            sink += out.length();
        }
    }
}
