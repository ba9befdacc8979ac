package dev.freshet.tests.property;

import dev.freshet.tests.pg.SharedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The generator and checker proven on PostgreSQL against itself: materialized views refreshed after
 * every step against plain views, plus each view's query ad hoc. Small by default (seconds); {@code
 * -Dfreshet.property.seed/runs/steps} change it. Freshet's run is the same with {@link
 * ViewMaintenance#INCREMENTAL_MATERIALIZED_VIEW} on a Freshet connection ({@code
 * FreshetIncrementalViewPropertyTest}).
 */
@Tag("postgres")
class IncrementalViewPropertyTest {

    @Test
    void refreshedMaterializedViewsMatchFromScratchEvaluation() throws Exception {
        PropertyRunner.run(
                PropertySettings.fromSystemProperties(20_241_129L, 4, 40),
                () ->
                        SidePair.postgresAgainstPostgres(
                                SharedPostgres.freshDatabase("property"),
                                ViewMaintenance.REFRESHED_MATERIALIZED_VIEW),
                true);
    }
}
