package dev.freshet.sql.parser;

import dev.freshet.sql.error.FreshetException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link FreshetParser#parse} takes for typical statements, and for a syntax error.
 *
 * <p>Run with {@code ./mvnw -pl sql-parser test-compile} and then {@code java -cp <test classpath>
 * org.openjdk.jmh.Main ParserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
    private static final String POINT_QUERY = "SELECT a, b FROM t WHERE id = $1";
    private static final String VIEW =
            "CREATE MATERIALIZED VIEW mv AS SELECT window_start, count(*) AS n, sum(price::numeric)"
                    + " FROM TUMBLE(bid, date_time, INTERVAL '10' SECOND) WHERE price > 100"
                    + " GROUP BY window_start";
    private static final String SCRIPT =
            "BEGIN; INSERT INTO t VALUES (1, 'a'), (2, 'b'); UPDATE t SET b = 'c' WHERE a = 1;"
                    + " COMMIT; FLUSH;";
    private static final String SYNTAX_ERROR = "SELECT * FORM t WHERE a = 1";

    @Benchmark
    public List<ParsedStatement> pointQuery() {
        return FreshetParser.parse(POINT_QUERY);
    }

    @Benchmark
    public List<ParsedStatement> materializedView() {
        return FreshetParser.parse(VIEW);
    }

    @Benchmark
    public List<ParsedStatement> fiveStatementScript() {
        return FreshetParser.parse(SCRIPT);
    }

    @Benchmark
    public int syntaxError() {
        try {
            FreshetParser.parse(SYNTAX_ERROR);
            throw new AssertionError("parsed: " + SYNTAX_ERROR);
        } catch (FreshetException e) {
            return e.position();
        }
    }
}
