package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link Scenario} on a system under test and on a reference, and after creating the tables,
 * after every DML statement and after every view creation compares each live view:
 *
 * <ol>
 *   <li>{@code SELECT * FROM view} on the system under test (the maintained contents), and
 *   <li>when {@code checkAdHoc}, the view's query run ad hoc on the system under test (skipped for
 *       views with a construct whose ad-hoc evaluation has a known bug, see {@link Features}),
 * </ol>
 *
 * each against {@code SELECT * FROM view} on the reference, where the view is plain and so
 * evaluated from scratch. The same DML goes to both sides. Because every step is checked, the first
 * mismatch comes with the shortest failing DML prefix; the report names the view, its query, the
 * difference and both results in full, and a script with the tables, the failing view and the views
 * it reads.
 *
 * <p>SQL the reference rejects is a generator bug and throws {@link IllegalStateException}; SQL the
 * system under test rejects is a mismatch.
 */
public final class IncrementalViewChecker {
    /** Rows of each result printed in a report; more are elided. */
    private static final int ROWS_SHOWN = 60;

    private final Side sut;
    private final Side reference;
    private final boolean checkAdHoc;
    private final Features features;

    public IncrementalViewChecker(Side sut, Side reference, boolean checkAdHoc) {
        this(sut, reference, checkAdHoc, Features.everything());
    }

    public IncrementalViewChecker(Side sut, Side reference, boolean checkAdHoc, Features features) {
        this.sut = requireNonNull(sut);
        this.reference = requireNonNull(reference);
        this.checkAdHoc = checkAdHoc;
        this.features = requireNonNull(features);
    }

    /** Runs the scenario; returns the first mismatch, if any. */
    public Optional<Mismatch> check(Scenario scenario) throws SQLException {
        List<ViewDef> live = new ArrayList<>();
        for (Table table : scenario.tables()) {
            Optional<Mismatch> m = both(scenario, 0, table.createSql());
            if (m.isPresent()) {
                return m;
            }
        }
        for (int step = 0; step <= scenario.dml().size(); step++) {
            if (step > 0) {
                Optional<Mismatch> m = both(scenario, step, scenario.dml().get(step - 1));
                if (m.isPresent()) {
                    return m;
                }
            }
            for (ViewDef view : scenario.viewsCreatedAfter(step)) {
                execute(reference, reference.maintenance().createSql(view.name(), view.query()));
                Optional<String> error =
                        tryExecute(sut, sut.maintenance().createSql(view.name(), view.query()));
                if (error.isPresent()) {
                    return Optional.of(
                            mismatch(
                                    scenario,
                                    step,
                                    view,
                                    "creating view "
                                            + view.name()
                                            + " failed on "
                                            + sut.name()
                                            + "\nview: "
                                            + view.query(),
                                    error.get()));
                }
                live.add(view);
            }
            for (ViewDef view : live) {
                Optional<String> refresh = sut.maintenance().refreshSql(view.name());
                Optional<String> error =
                        refresh.isPresent() ? tryExecute(sut, refresh.get()) : Optional.empty();
                if (error.isPresent()) {
                    return Optional.of(
                            mismatch(scenario, step, view, refresh.get() + " failed", error.get()));
                }
            }
            for (ViewDef view : live) {
                Optional<Mismatch> m = compare(scenario, step, view);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Mismatch> compare(Scenario scenario, int step, ViewDef view)
            throws SQLException {
        String select = "SELECT * FROM " + view.name();
        ResultRows expected = ResultRows.query(reference.connection(), select);
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(select, "maintained contents"));
        if (checkAdHoc && features.readsAdHoc(view)) {
            readings.add(new Reading(view.query(), "its query run ad hoc"));
        }
        for (Reading reading : readings) {
            String what =
                    "view "
                            + view.name()
                            + " ("
                            + reading.description()
                            + ") on "
                            + sut.name()
                            + " differs from "
                            + reference.name()
                            + " evaluated from scratch\nview: "
                            + view.query()
                            + "\nread: "
                            + reading.sql();
            ResultRows actual;
            try {
                actual = ResultRows.query(sut.connection(), reading.sql());
            } catch (SQLException e) {
                return Optional.of(
                        mismatch(
                                scenario,
                                step,
                                view,
                                what,
                                "query failed: "
                                        + e.getMessage()
                                        + "\n"
                                        + listing(reference.name() + ", expected", expected)));
            }
            Optional<String> diff = MultisetDiff.diff(expected, actual);
            if (diff.isPresent()) {
                return Optional.of(
                        mismatch(
                                scenario,
                                step,
                                view,
                                what,
                                diff.get()
                                        + listing(reference.name() + ", expected", expected)
                                        + listing(sut.name() + ", actual", actual)));
            }
        }
        return Optional.empty();
    }

    /** A result's rows, sorted, as a report section. */
    private static String listing(String title, ResultRows rows) {
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows.rows()) {
            lines.add(MultisetDiff.format(row));
        }
        lines.sort(null);
        StringBuilder text =
                new StringBuilder("  ")
                        .append(title)
                        .append(" (")
                        .append(lines.size())
                        .append(" rows, sorted):\n");
        for (int i = 0; i < Math.min(lines.size(), ROWS_SHOWN); i++) {
            text.append("    ").append(lines.get(i)).append('\n');
        }
        if (lines.size() > ROWS_SHOWN) {
            text.append("    ... ").append(lines.size() - ROWS_SHOWN).append(" more\n");
        }
        return text.toString();
    }

    /** One way of reading a view on the system under test. */
    private record Reading(String sql, String description) {}

    /** Runs a statement on the reference (which must accept it) and on the system under test. */
    private Optional<Mismatch> both(Scenario scenario, int step, String sql) throws SQLException {
        execute(reference, sql);
        Optional<String> error = tryExecute(sut, sql);
        return error.map(
                e ->
                        mismatch(
                                scenario,
                                step,
                                null,
                                "statement accepted by "
                                        + reference.name()
                                        + " failed on "
                                        + sut.name()
                                        + ": "
                                        + sql,
                                e));
    }

    private static void execute(Side side, String sql) throws SQLException {
        Optional<String> error = tryExecute(side, sql);
        if (error.isPresent()) {
            throw new IllegalStateException(
                    "the generator wrote SQL the reference ("
                            + side.name()
                            + ") rejects: "
                            + sql
                            + "\n"
                            + error.get());
        }
    }

    private static Optional<String> tryExecute(Side side, String sql) throws SQLException {
        try (Statement statement = side.connection().createStatement()) {
            statement.execute(sql);
            return Optional.empty();
        } catch (SQLException e) {
            if (side.connection().isClosed()) {
                throw e;
            }
            return Optional.of(e.getMessage());
        }
    }

    /** A mismatch; the script is cut down to {@code view} and what it reads when there is one. */
    private Mismatch mismatch(
            Scenario scenario,
            int step,
            @org.jspecify.annotations.Nullable ViewDef view,
            String what,
            String details) {
        String keyword = "MATERIALIZED VIEW";
        String script =
                view == null
                        ? scenario.script(step, keyword)
                        : scenario.scriptFor(step, keyword, view.name());
        String reproduce =
                "-Dfreshet.property.seed="
                        + scenario.seed()
                        + " -Dfreshet.property.steps="
                        + scenario.dml().size()
                        + features.includeFlag()
                        + " (constructs in "
                        + (view == null ? "the scenario" : view.name())
                        + ": "
                        + (view == null ? "-" : view.constructs().stream().sorted().toList())
                        + ")";
        return new Mismatch(scenario.seed(), step, what, details, script, reproduce);
    }
}
