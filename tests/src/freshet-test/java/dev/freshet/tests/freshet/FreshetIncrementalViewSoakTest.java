package dev.freshet.tests.freshet;

import dev.freshet.tests.property.Features;
import dev.freshet.tests.property.GeneratorConfig;
import dev.freshet.tests.property.PropertyRunner;
import dev.freshet.tests.property.PropertySettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The long run of {@link FreshetIncrementalViewPropertyTest}: many random seeds of longer DML
 * sequences, going on after a mismatch and failing at the end with every failing seed (each report
 * in {@code target/property-failures}). Outside every default run:
 *
 * <pre>
 * ./mvnw -pl tests -am verify -Dfreshet.groups=soak -Dfreshet.excludedGroups=none \
 *     -Dtest=FreshetIncrementalViewSoakTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dfreshet.property.runs=200] [-Dfreshet.property.steps=150] [-Dfreshet.property.include=all]
 * </pre>
 */
@Tag("freshet")
@Tag("soak")
class FreshetIncrementalViewSoakTest {

    @Test
    void materializedViewsMatchPostgresFromScratchLongRun() throws Exception {
        PropertySettings settings = PropertySettings.randomRun(100, 120);
        PropertyRunner.run(
                settings,
                GeneratorConfig.withViews(4, 8, settings.steps()),
                Features.forFreshet(),
                FreshetIncrementalViewPropertyTest::freshetAgainstPostgres,
                true);
    }
}
