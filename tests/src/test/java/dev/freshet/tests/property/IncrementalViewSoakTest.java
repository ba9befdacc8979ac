package dev.freshet.tests.property;

import dev.freshet.tests.pg.SharedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long property run, outside the default suite: {@code ./mvnw -pl tests -am verify
 * -Dfreshet.groups=soak -Dfreshet.excludedGroups=none}. The seed is new each run unless {@code
 * -Dfreshet.property.seed} is given; it is printed first, and a failure names it.
 */
@Tag("soak")
class IncrementalViewSoakTest {

    @Test
    void refreshedMaterializedViewsMatchFromScratchEvaluationLongRun() throws Exception {
        PropertyRunner.run(
                PropertySettings.fromSystemProperties(System.nanoTime(), 100, 150),
                () ->
                        SidePair.postgresAgainstPostgres(
                                SharedPostgres.freshDatabase("soak"),
                                ViewMaintenance.REFRESHED_MATERIALIZED_VIEW),
                true);
    }
}
