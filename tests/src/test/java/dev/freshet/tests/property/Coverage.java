package dev.freshet.tests.property;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many generated views had each shape and used each construct, over a property run. */
final class Coverage {
    private final Map<ViewShape, Integer> shapes = new EnumMap<>(ViewShape.class);
    private final Map<Construct, Integer> constructs = new EnumMap<>(Construct.class);
    private int views;

    void add(Scenario scenario) {
        for (ViewDef view : scenario.views()) {
            views++;
            shapes.merge(view.shape(), 1, Integer::sum);
            for (Construct construct : view.constructs()) {
                constructs.merge(construct, 1, Integer::sum);
            }
        }
    }

    /** A few lines: counts by shape and construct, and the constructs never generated. */
    String summary(Features features) {
        List<Construct> missing =
                java.util.Arrays.stream(Construct.values())
                        .filter(c -> !constructs.containsKey(c) && features.allows(c))
                        .toList();
        return "coverage: "
                + views
                + " views\n  shapes: "
                + format(shapes)
                + "\n  constructs: "
                + format(constructs)
                + "\n  allowed but not generated this run: "
                + (missing.isEmpty() ? "none" : missing)
                + "\n  avoided (known issues): "
                + (features.avoided().isEmpty()
                        ? "none"
                        : features.avoided().stream().sorted().toList());
    }

    private static <K extends Enum<K>> String format(Map<K, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
