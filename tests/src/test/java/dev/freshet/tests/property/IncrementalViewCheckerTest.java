package dev.freshet.tests.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.pg.SharedPostgres;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checker catches a broken engine: materialized views that are never refreshed (a real
 * PostgreSQL feature, standing in for an engine that drops changes) must be reported at the first
 * DML statement that changes a view, with the seed and the failing prefix.
 */
@Tag("postgres")
class IncrementalViewCheckerTest {

    @Test
    void staleViewsAreReportedWithSeedAndShortestPrefix() throws Exception {
        Scenario scenario = new ScenarioGenerator(GeneratorConfig.withSteps(40)).generate(7L);
        Optional<Mismatch> mismatch;
        try (SidePair pair =
                SidePair.postgresAgainstPostgres(
                        SharedPostgres.freshDatabase("checker"),
                        ViewMaintenance.NEVER_REFRESHED_MATERIALIZED_VIEW)) {
            mismatch =
                    new IncrementalViewChecker(pair.systemUnderTest(), pair.reference(), false)
                            .check(scenario);
        }
        assertTrue(mismatch.isPresent(), "a never-refreshed view went unnoticed");
        Mismatch m = mismatch.get();
        assertTrue(m.step() >= 1, "views are correct before any DML");
        assertEquals(7L, m.seed());
        String report = m.report();
        assertTrue(report.contains("-Dfreshet.property.seed=7"), report);
        for (int step = 1; step <= m.step(); step++) {
            assertTrue(report.contains("-- step " + step + "\n"), "prefix includes step " + step);
        }
        assertTrue(!report.contains("-- step " + (m.step() + 1) + "\n"), "prefix is the shortest");
        // The failing view's definition and both results in full.
        ViewDef failing =
                scenario.views().stream()
                        .filter(v -> m.what().startsWith("view " + v.name() + " "))
                        .findFirst()
                        .orElseThrow();
        assertTrue(report.contains("view: " + failing.query()), report);
        assertTrue(report.contains("postgres (plain views), expected ("), report);
        assertTrue(report.contains(", actual ("), report);
        // The script keeps the failing view and what it reads, and no other view.
        for (ViewDef view : scenario.views()) {
            boolean needed = scenario.dependencies(failing.name()).contains(view.name());
            boolean created =
                    view.createdAfterStep() <= m.step()
                            && m.script().contains("VIEW " + view.name() + " AS ");
            assertEquals(needed && view.createdAfterStep() <= m.step(), created, view.name());
        }
        System.out.println(report);
    }

    @Test
    void aStatementTheSystemUnderTestRejectsIsAMismatch() throws Exception {
        Table table =
                new Table("t0", List.of(new Column("k", SqlType.INT, true)), Optional.empty());
        ViewDef view =
                new ViewDef(
                        "v0",
                        "SELECT r0.k AS c0 FROM t0 AS r0",
                        List.of(new Column("c0", SqlType.INT, true)),
                        List.of("t0"),
                        ViewShape.FILTER_PROJECT,
                        java.util.Set.of(),
                        0);
        Scenario scenario =
                new Scenario(
                        1L, List.of(table), List.of(view), List.of("INSERT INTO t0 VALUES (1)"));
        Optional<Mismatch> mismatch;
        try (SidePair pair =
                SidePair.postgresAgainstPostgres(
                        SharedPostgres.freshDatabase("checker"),
                        ViewMaintenance.REFRESHED_MATERIALIZED_VIEW)) {
            // The system under test rejects a statement the reference accepts (as an engine
            // with a bug might): its CREATE TABLE t0 fails, t0 being there already.
            try (var statement = pair.systemUnderTest().connection().createStatement()) {
                statement.execute("CREATE TABLE t0 (k INT CHECK (k > 5))");
            }
            mismatch =
                    new IncrementalViewChecker(pair.systemUnderTest(), pair.reference(), true)
                            .check(scenario);
        }
        assertTrue(mismatch.isPresent());
        assertTrue(mismatch.get().what().contains("failed on"), mismatch.get().what());
    }
}
