package dev.freshet.tests.property;

import dev.freshet.tests.pg.SharedPostgres;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The generator and checker proven on PostgreSQL against itself, with every construct: materialized
 * views refreshed after every step against plain views, plus each view's query ad hoc. Fixed seeds
 * and one random seed per run (printed first); {@code -Dfreshet.property.seed/runs/steps} change
 * it. Freshet's run is the same with {@link ViewMaintenance#INCREMENTAL_MATERIALIZED_VIEW} on a
 * Freshet connection ({@code FreshetIncrementalViewPropertyTest}).
 */
@Tag("postgres")
class IncrementalViewPropertyTest {
    private static final List<Long> SEEDS = List.of(20_241_129L, 1L, 2L, 3L, 4L, 5L);

    @Test
    void refreshedMaterializedViewsMatchFromScratchEvaluation() throws Exception {
        PropertySettings settings = PropertySettings.fixedSeedsPlusRandom(SEEDS, 40);
        PropertyRunner.run(
                settings,
                GeneratorConfig.withViews(5, 8, settings.steps()),
                Features.everything(),
                () ->
                        SidePair.postgresAgainstPostgres(
                                SharedPostgres.freshDatabase("property"),
                                ViewMaintenance.REFRESHED_MATERIALIZED_VIEW),
                true);
    }
}
