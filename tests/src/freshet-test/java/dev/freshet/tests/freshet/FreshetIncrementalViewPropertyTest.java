package dev.freshet.tests.freshet;

import dev.freshet.tests.TestDatabase;
import dev.freshet.tests.pg.SharedPostgres;
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
 */
@Tag("freshet")
class FreshetIncrementalViewPropertyTest {

    @Test
    void materializedViewsMatchPostgresFromScratch() throws Exception {
        PropertyRunner.run(
                PropertySettings.fromSystemProperties(20_241_129L, 4, 40),
                FreshetIncrementalViewPropertyTest::freshetAgainstPostgres,
                true);
    }

    private static SidePair freshetAgainstPostgres() throws Exception {
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
