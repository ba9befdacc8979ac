package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random view queries over tables and earlier views, of every {@link ViewShape}, with the weights
 * in {@link #WEIGHTS}. A view reads an earlier view with probability 0.4 when there is one, which
 * makes views on views of every shape. The generators per shape live in their own classes; this one
 * draws the shape and marks views on views.
 *
 * <p>Relations are aliased {@code r0, r1, r2}; output columns are named {@code c0, c1, ...} so
 * later views can refer to them. Every query is valid PostgreSQL 15 and has deterministic contents:
 * whatever depends on an order is ordered totally over what the view shows, and opaque values
 * ({@link Column#opaque()}) are never compared, grouped, ordered or combined.
 */
final class ViewGenerator {
    /** How often each shape is drawn, relative to the sum. */
    static final Map<ViewShape, Integer> WEIGHTS = weights();

    private final Dice dice;
    private final ProjectionViews projections;
    private final AggregateViews aggregates;
    private final JoinViews joins;
    private final SubqueryViews subqueries;
    private final SetOperationViews setOperations;
    private final OrderedViews ordered;
    private final WindowViews windows;

    ViewGenerator(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.projections = new ProjectionViews(dice, features);
        this.aggregates = new AggregateViews(dice, features);
        this.joins = new JoinViews(dice, features);
        this.subqueries = new SubqueryViews(dice, features);
        this.setOperations = new SetOperationViews(dice, features);
        this.ordered = new OrderedViews(dice, features);
        this.windows = new WindowViews(dice, features);
    }

    /** A new view named {@code name} over {@code tables} and {@code views} (created before). */
    ViewDef view(String name, List<Relation> tables, List<Relation> views) {
        Sources sources = new Sources(tables, views);
        ViewDef view =
                switch (shape()) {
                    case FILTER_PROJECT -> projections.filterProject(name, sources.pick(dice));
                    case DISTINCT -> projections.distinct(name, sources.pick(dice));
                    case GROUPED_AGGREGATE, GLOBAL_AGGREGATE ->
                            aggregates.aggregate(name, sources.pick(dice));
                    case GROUPING_SETS -> aggregates.groupingSets(name, sources.pick(dice));
                    case JOIN -> joins.join(name, sources);
                    case SEMI_ANTI_JOIN -> subqueries.semiAnti(name, sources);
                    case SET_OPERATION -> setOperations.setOperation(name, sources);
                    case TOP_N -> ordered.topN(name, sources.pick(dice));
                    case GROUP_TOP_N -> ordered.groupTopN(name, sources.pick(dice));
                    case DISTINCT_ON -> ordered.distinctOn(name, sources.pick(dice));
                    case WINDOW -> windows.window(name, sources.pick(dice));
                };
        boolean readsView = views.stream().anyMatch(v -> view.reads().contains(v.name()));
        if (!readsView) {
            return view;
        }
        Set<Construct> constructs = EnumSet.of(Construct.VIEW_ON_VIEW);
        constructs.addAll(view.constructs());
        return new ViewDef(
                view.name(),
                view.query(),
                view.columns(),
                view.reads(),
                view.shape(),
                constructs,
                view.createdAfterStep());
    }

    private ViewShape shape() {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int roll = dice.below(total);
        for (Map.Entry<ViewShape, Integer> entry : WEIGHTS.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new AssertionError("weights do not add up");
    }

    private static Map<ViewShape, Integer> weights() {
        Map<ViewShape, Integer> weights = new EnumMap<>(ViewShape.class);
        for (ViewShape shape : ViewShape.values()) {
            weights.put(
                    shape,
                    switch (shape) {
                        case FILTER_PROJECT -> 10;
                        case DISTINCT -> 5;
                        // Grouped or global, decided by the aggregate generator.
                        case GROUPED_AGGREGATE -> 14;
                        case GLOBAL_AGGREGATE -> 0;
                        case GROUPING_SETS -> 6;
                        case JOIN -> 13;
                        case SEMI_ANTI_JOIN -> 12;
                        case SET_OPERATION -> 10;
                        case TOP_N -> 9;
                        case GROUP_TOP_N -> 7;
                        case DISTINCT_ON -> 4;
                        case WINDOW -> 10;
                    });
        }
        // An EnumMap: iteration in declaration order, the same on every run.
        return java.util.Collections.unmodifiableMap(weights);
    }
}
