package dev.freshet.tests.property;

import dev.freshet.tests.pg.SharedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long property run of PostgreSQL against itself, outside the default suite: {@code ./mvnw -pl
 * tests -am verify -Dfreshet.groups=soak -Dfreshet.excludedGroups=none}. The seeds are new each run
 * unless {@code -Dfreshet.property.seed} is given; they are printed first, and it goes on after a
 * mismatch, failing at the end with every failing seed.
 */
@Tag("soak")
class IncrementalViewSoakTest {

    @Test
    void refreshedMaterializedViewsMatchFromScratchEvaluationLongRun() throws Exception {
        PropertySettings settings = PropertySettings.randomRun(100, 150);
        PropertyRunner.run(
                settings,
                GeneratorConfig.withViews(4, 8, settings.steps()),
                Features.everything(),
                () ->
                        SidePair.postgresAgainstPostgres(
                                SharedPostgres.freshDatabase("soak"),
                                ViewMaintenance.REFRESHED_MATERIALIZED_VIEW),
                true);
    }
}
