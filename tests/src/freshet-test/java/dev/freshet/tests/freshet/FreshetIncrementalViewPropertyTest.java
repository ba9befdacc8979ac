package dev.freshet.tests.freshet;

import dev.freshet.tests.TestDatabase;
import dev.freshet.tests.pg.SharedPostgres;
import dev.freshet.tests.property.Features;
import dev.freshet.tests.property.GeneratorConfig;
import dev.freshet.tests.property.PropertyRunner;
import dev.freshet.tests.property.PropertySettings;
import dev.freshet.tests.property.Side;
import dev.freshet.tests.property.SidePair;
import dev.freshet.tests.property.ViewMaintenance;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Freshet's incremental materialized views, and each view's query run ad hoc on Freshet, against
 * PostgreSQL evaluating the same query from scratch after the same DML. A fresh server and a fresh
 * PostgreSQL database per scenario.
 *
 * <p>Part of the default suite (tag {@code freshet-default}, see tests/pom.xml). It takes fixed
 * seeds plus one random seed (printed first) and avoids the constructs with an open entry in {@code
 * src/test/resources/property/KNOWN_BUGS.md} ({@code -Dfreshet.property.include=<id>,...|all} turns
 * them back on). {@link FreshetIncrementalViewSoakTest} is the long run.
 */
@Tag("freshet")
@Tag("freshet-default")
class FreshetIncrementalViewPropertyTest {
    /**
     * Chosen for spread: the first seven are a greedy cover over seeds 1..3000 of the view shapes
     * and constructs the default run allows (together they generate every one of them), the other
     * three kept from earlier covers for more steps. The run prints its coverage: when fixing a
     * known issue or changing the generator leaves something uncovered, pick again.
     */
    private static final List<Long> SEEDS =
            List.of(2416L, 1271L, 1502L, 1L, 712L, 33L, 312L, 1830L, 686L, 1898L);

    @Test
    void materializedViewsMatchPostgresFromScratch() throws Exception {
        PropertySettings settings = PropertySettings.fixedSeedsPlusRandom(SEEDS, 30);
        PropertyRunner.run(
                settings,
                GeneratorConfig.withViews(5, 8, settings.steps()),
                Features.forFreshet(),
                FreshetIncrementalViewPropertyTest::freshetAgainstPostgres,
                true);
    }

    static SidePair freshetAgainstPostgres() throws Exception {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            FreshetTestDatabase freshet = FreshetTestDatabase.start();
            resources.add(freshet);
            TestDatabase postgres = SharedPostgres.freshDatabase("freshet_reference");
            resources.add(postgres);
            Connection sut = freshet.connect();
            resources.add(sut);
            Connection reference = postgres.connect();
            resources.add(reference);
            return new SidePair(
                    new Side("freshet", sut, ViewMaintenance.INCREMENTAL_MATERIALIZED_VIEW),
                    new Side("postgres (plain views)", reference, ViewMaintenance.PLAIN_VIEW),
                    resources);
        } catch (Exception e) {
            for (int i = resources.size() - 1; i >= 0; i--) {
                try {
                    resources.get(i).close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }
}
