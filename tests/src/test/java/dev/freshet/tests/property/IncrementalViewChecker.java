package dev.freshet.tests.property;

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
 *   <li>when {@code checkAdHoc}, the view's query run ad hoc on the system under test,
 * </ol>
 *
 * each against {@code SELECT * FROM view} on the reference, where the view is plain and so
 * evaluated from scratch. The same DML goes to both sides. Because every step is checked, the first
 * mismatch comes with the shortest failing DML prefix.
 *
 * <p>SQL the reference rejects is a generator bug and throws {@link IllegalStateException}; SQL the
 * system under test rejects is a mismatch.
 */
public final class IncrementalViewChecker {
    private final Side sut;
    private final Side reference;
    private final boolean checkAdHoc;

    public IncrementalViewChecker(Side sut, Side reference, boolean checkAdHoc) {
        this.sut = sut;
        this.reference = reference;
        this.checkAdHoc = checkAdHoc;
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
                                    "creating view " + view.name() + " failed on " + sut.name(),
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
                            mismatch(scenario, step, refresh.get() + " failed", error.get()));
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
        if (checkAdHoc) {
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
                        mismatch(scenario, step, what, "query failed: " + e.getMessage()));
            }
            Optional<String> diff = MultisetDiff.diff(expected, actual);
            if (diff.isPresent()) {
                return Optional.of(mismatch(scenario, step, what, diff.get()));
            }
        }
        return Optional.empty();
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

    private Mismatch mismatch(Scenario scenario, int step, String what, String details) {
        return new Mismatch(
                scenario.seed(), step, what, details, scenario.script(step, "MATERIALIZED VIEW"));
    }
}
