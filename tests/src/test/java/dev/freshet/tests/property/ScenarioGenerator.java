package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a {@link Scenario} from a seed: the same seed and configuration always give the same
 * scenario, on any machine.
 *
 * <p>About 60% of the views are created before any data (they are maintained from the first
 * change); the rest after a random number of DML statements (they must backfill). A view on a view
 * is never created before the view it reads.
 */
public final class ScenarioGenerator {
    private final GeneratorConfig config;
    private final Features features;

    /** A generator of views with every construct. */
    public ScenarioGenerator(GeneratorConfig config) {
        this(config, Features.everything());
    }

    /** A generator of views with the constructs {@code features} allows. */
    public ScenarioGenerator(GeneratorConfig config, Features features) {
        this.config = requireNonNull(config);
        this.features = requireNonNull(features);
    }

    /** The scenario for {@code seed}. */
    public Scenario generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Table> tables = new SchemaGenerator(random.split()).tables(config);
        List<Relation> tableRelations = tables.stream().map(Table::asRelation).toList();

        ViewGenerator viewGenerator = new ViewGenerator(new Dice(random.split()), features);
        int viewCount =
                config.minViews() + random.nextInt(config.maxViews() - config.minViews() + 1);
        int[] creationSteps = new int[viewCount];
        for (int i = 0; i < viewCount; i++) {
            creationSteps[i] =
                    random.nextDouble() < 0.6 ? 0 : 1 + random.nextInt(config.dmlSteps() / 2 + 1);
        }
        Arrays.sort(creationSteps);
        List<ViewDef> views = new ArrayList<>();
        List<Relation> viewRelations = new ArrayList<>();
        for (int i = 0; i < viewCount; i++) {
            ViewDef view =
                    viewGenerator
                            .view("v" + i, tableRelations, viewRelations)
                            .createdAfter(Math.min(creationSteps[i], config.dmlSteps()));
            views.add(view);
            viewRelations.add(view.asRelation());
        }

        DmlGenerator dmlGenerator = new DmlGenerator(new Dice(random.split()), tables);
        List<String> dml = new ArrayList<>(config.dmlSteps());
        for (int i = 0; i < config.dmlSteps(); i++) {
            dml.add(dmlGenerator.next());
        }
        return new Scenario(seed, tables, views, dml);
    }
}
