package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.type.DataType;
import java.lang.management.ManagementFactory;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures the hot scalar kernels over batches of {@link Batch#TARGET_ROWS} rows: time and heap
 * bytes allocated per row, the way an operator evaluates them. Not part of the default suite
 * ({@code bench} tag); run with {@code ./mvnw -pl engine -am verify -Dfreshet.excludedGroups=
 * -Dfreshet.groups=bench -Dtest=FunctionKernelBench -Dsurefire.failIfNoSpecifiedTests=false} and
 * read the report in {@code engine/target/surefire-reports}. Uses the JVM's per-thread allocation
 * counter after a warm-up, like {@code PgTextFormatBench} (the engine module has no JMH yet).
 */
@Tag("bench")
class FunctionKernelBench {
    private static final int BATCHES = 200;
    private static final int WARMUP_PASSES = 20;
    private static final int PASSES = 10;

    private static final DataType TEXT = DataType.VARCHAR;
    private static final DataType TS = DataType.TIMESTAMP;
    private static final DataType I8 = DataType.BIGINT;

    @Test
    void hotKernels() {
        Random r = new Random(7);
        List<Batch> batches = new ArrayList<>();
        for (int b = 0; b < BATCHES; b++) {
            batches.add(batch(r));
        }
        Expr s = new InputRef(0, TEXT);
        Expr ts = new InputRef(1, TS);
        Expr n = new InputRef(2, I8);
        Expr t = new InputRef(3, TEXT);
        report("lower(s)", call("lower", s), batches);
        report("upper(s)", call("upper", s), batches);
        report("length(s)", call("length", s), batches);
        report("substring(s, 3, 5)", call("substring", s, lit(3), lit(5)), batches);
        report("s || t", call("||", s, t), batches);
        report("concat(s, n)", call("concat", s, n), batches);
        report("s LIKE 'user%'", call("~~", s, lit("user%")), batches);
        report("s LIKE '%42%'", call("~~", s, lit("%42%")), batches);
        report("s LIKE 'u_er%4%'", call("~~", s, lit("u_er%4%")), batches);
        report("s ILIKE '%ABC%'", call("~~*", s, lit("%ABC%")), batches);
        report("s ~ '[0-9]+$'", call("~", s, lit("[0-9]+$")), batches);
        report("date_trunc('hour', ts)", call("date_trunc", lit("hour"), ts), batches);
        report("date_trunc('month', ts)", call("date_trunc", lit("month"), ts), batches);
        report("extract(year from ts)", call("extract", lit("year"), ts), batches);
        report("extract(epoch from ts)", call("extract", lit("epoch"), ts), batches);
        report("date_part('dow', ts)", call("date_part", lit("dow"), ts), batches);
        report("n * 3 + 1", call("+", call("*", n, lit(3L)), lit(1L)), batches);
        report("n = 42", call("=", n, lit(42L)), batches);
        report(
                "coalesce(t, s)",
                new Call(ConditionalFunctions.coalesce(TEXT), List.of(t, s), TEXT),
                batches);
        report(
                "regexp_replace(s, 'r', 'R') (row path)",
                call("regexp_replace", s, lit("r"), lit("R")),
                batches);
    }

    private static Literal lit(Object v) {
        return switch (v) {
            case String x -> new Literal(TEXT, x);
            case Integer x -> new Literal(DataType.INTEGER, (long) x);
            default -> new Literal(I8, v);
        };
    }

    /** A call resolved and bound as the planner does (arguments converted to the chosen types). */
    private static Expr call(String name, Expr... args) {
        List<DataType> types = new ArrayList<>();
        for (Expr a : args) {
            types.add(a.type());
        }
        Resolution res = FunctionLibrary.standard().resolve(name, types).orElseThrow();
        List<Expr> converted = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            Expr c = TypeCoercion.castTo(args[i], res.argTypes().get(i));
            if (c instanceof Call && ConstantFolder.isConstant(c)) {
                c = new Literal(c.type(), ConstantFolder.evaluate(c));
            }
            converted.add(c);
        }
        return new Call(res.bind(converted), converted, res.resultType());
    }

    private static Batch batch(Random r) {
        int rows = Batch.TARGET_ROWS;
        ColumnBuilder s = ColumnBuilder.forType(TEXT, rows);
        ColumnBuilder ts = ColumnBuilder.forType(TS, rows);
        ColumnBuilder n = ColumnBuilder.forType(I8, rows);
        ColumnBuilder t = ColumnBuilder.forType(TEXT, rows);
        for (int i = 0; i < rows; i++) {
            s.appendObject("user_" + r.nextInt(100_000) + (r.nextBoolean() ? "_abc" : "_xyz"));
            ts.appendObject((long) (r.nextDouble() * 2e15));
            n.appendObject((long) r.nextInt(1_000_000));
            t.appendObject(r.nextInt(4) == 0 ? null : "other value " + i);
        }
        return Batch.uniform(new Column[] {s.build(), ts.build(), n.build(), t.build()}, rows, 1);
    }

    private static void report(String label, Expr expr, List<Batch> batches) {
        ExprEvaluator eval = new ExprEvaluator(expr);
        EvalContext ctx = new EvalContext(EvalContext.ErrorPolicy.FAIL, ZoneOffset.UTC, 0, 1);
        for (int p = 0; p < WARMUP_PASSES; p++) {
            run(eval, batches, ctx);
        }
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long bytes0 = mx.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        long sink = 0;
        for (int p = 0; p < PASSES; p++) {
            sink += run(eval, batches, ctx);
        }
        long nanos = System.nanoTime() - t0;
        long bytes = mx.getThreadAllocatedBytes(tid) - bytes0;
        long rows = (long) PASSES * BATCHES * Batch.TARGET_ROWS;
        System.out.printf(
                "%-42s %8.1f ns/row %8.1f bytes/row  (%d)%n",
                label, (double) nanos / rows, (double) bytes / rows, sink % 10);
    }

    private static long run(ExprEvaluator eval, List<Batch> batches, EvalContext ctx) {
        long n = 0;
        for (Batch b : batches) {
            n += eval.evaluate(b, ctx).size();
        }
        return n;
    }
}
