package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Window functions in the select list, one to three per view, each with its own window. Functions
 * whose value depends on the position of a row within its partition ({@code row_number}, {@code
 * lag}/{@code lead}, {@code first_value}/{@code last_value}, aggregates over ROWS frames) order by
 * every usable column of the source: rows tied in that order agree on everything the view shows.
 * {@code rank()}, {@code dense_rank()} and aggregates over RANGE frames (peers are included
 * together) may order by fewer columns, or, for aggregates, not at all.
 *
 * <p>Equal rows are a trap: each positional function numbers them in its own arbitrary order, so
 * with two positional functions the pairing of their values across equal rows is arbitrary. Over a
 * relation that may hold equal rows, a view has at most one positional function.
 */
final class WindowViews {
    private static final List<String> ROWS_FRAMES =
            List.of(
                    "ROWS BETWEEN 1 PRECEDING AND CURRENT ROW",
                    "ROWS BETWEEN 2 PRECEDING AND CURRENT ROW",
                    "ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING",
                    "ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING",
                    "ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING",
                    "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW",
                    "ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING",
                    "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING",
                    "ROWS UNBOUNDED PRECEDING");
    private static final List<String> RANGE_FRAMES =
            List.of(
                    "",
                    "RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW",
                    "RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING",
                    "RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING");

    private final Dice dice;
    private final Features features;
    private final ExpressionGenerator expressions;
    private final OrderKeys orderKeys;

    WindowViews(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
        this.expressions = new ExpressionGenerator(dice, features);
        this.orderKeys = new OrderKeys(dice);
    }

    ViewDef window(String name, Relation source) {
        List<ColumnRef> refs = ColumnRef.usable("r0", source);
        Usage used = new Usage();
        SelectList select = new SelectList();
        int plain = dice.between(0, 2);
        for (int i = 0; i < plain; i++) {
            select.add(expressions.scalar(refs, used));
        }
        int functions = dice.between(1, 3);
        boolean positionalAllowed = true;
        for (int i = 0; i < functions; i++) {
            Window window = function(refs, used, positionalAllowed);
            select.add(window.expression());
            positionalAllowed &= source.uniqueRows() || !window.positional();
        }
        String query =
                "SELECT "
                        + select.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + (dice.chance(0.3)
                                ? " WHERE " + expressions.predicate(refs, 1, used)
                                : "");
        return new ViewDef(
                name,
                query,
                select.columns(),
                List.of(source.name()),
                ViewShape.WINDOW,
                used.constructs(),
                0);
    }

    /** A window function call, and whether its value depends on the row's position. */
    private record Window(Expression expression, boolean positional) {}

    private Window function(List<ColumnRef> refs, Usage used, boolean positionalAllowed) {
        String partition =
                dice.chance(0.7)
                        ? "PARTITION BY "
                                + String.join(
                                        ", ",
                                        dice
                                                .sample(
                                                        refs,
                                                        dice.between(1, Math.min(2, refs.size())))
                                                .stream()
                                                .map(ColumnRef::sql)
                                                .toList())
                                + " "
                        : "";
        String total = "ORDER BY " + orderKeys.of(dice.shuffle(sqlOf(refs)));
        ColumnRef x = dice.pick(refs);
        for (int attempt = 0; attempt < 10; attempt++) {
            switch (dice.below(6)) {
                case 0 -> {
                    if (!features.allows(Construct.WINDOW_RANKING)) {
                        continue;
                    }
                    used.add(Construct.WINDOW_RANKING);
                    String call =
                            positionalAllowed
                                    ? dice.oneOf("row_number()", "rank()", "dense_rank()")
                                    : dice.oneOf("rank()", "dense_rank()");
                    String order =
                            call.equals("row_number()") || dice.chance(0.5)
                                    ? total
                                    : "ORDER BY "
                                            + orderKeys.of(
                                                    dice.sample(sqlOf(refs), dice.between(1, 2)));
                    return new Window(
                            new Expression(
                                    call + " OVER (" + partition + order + ")", SqlType.BIGINT),
                            call.equals("row_number()"));
                }
                case 1 -> {
                    if (!features.allows(Construct.WINDOW_LAG_LEAD) || !positionalAllowed) {
                        continue;
                    }
                    used.add(Construct.WINDOW_LAG_LEAD);
                    String arguments = x.sql();
                    if (dice.chance(0.5)) {
                        arguments += ", " + dice.between(1, 2);
                        if (dice.chance(0.5)) {
                            arguments += ", " + ValueDomain.literal(x.type(), dice);
                        }
                    }
                    return new Window(
                            new Expression(
                                    dice.oneOf("lag(", "lead(")
                                            + arguments
                                            + ") OVER ("
                                            + partition
                                            + total
                                            + ")",
                                    x.type()),
                            true);
                }
                case 2 -> {
                    if (!features.allows(Construct.WINDOW_FIRST_LAST_VALUE) || !positionalAllowed) {
                        continue;
                    }
                    used.add(Construct.WINDOW_FIRST_LAST_VALUE);
                    String frame = dice.chance(0.5) ? " " + dice.pick(ROWS_FRAMES) : "";
                    return new Window(
                            new Expression(
                                    dice.oneOf("first_value(", "last_value(")
                                            + x.sql()
                                            + ") OVER ("
                                            + partition
                                            + total
                                            + frame
                                            + ")",
                                    x.type()),
                            true);
                }
                case 3, 4 -> {
                    boolean rows = positionalAllowed && dice.chance(0.5);
                    Construct construct =
                            rows
                                    ? Construct.WINDOW_AGGREGATE_ROWS
                                    : Construct.WINDOW_AGGREGATE_RANGE;
                    if (!features.allows(construct)) {
                        continue;
                    }
                    used.add(construct);
                    String window;
                    if (rows) {
                        window =
                                partition
                                        + total
                                        + (dice.chance(0.8) ? " " + dice.pick(ROWS_FRAMES) : "");
                    } else if (dice.chance(0.3)) {
                        window = partition.strip();
                    } else {
                        String frame = dice.pick(RANGE_FRAMES);
                        window =
                                partition
                                        + "ORDER BY "
                                        + orderKeys.of(dice.sample(sqlOf(refs), dice.between(1, 2)))
                                        + (frame.isEmpty() ? "" : " " + frame);
                    }
                    return new Window(aggregate(refs, window), rows);
                }
                default -> {
                    boolean fractional = features.allows(Construct.WINDOW_RANGE_OFFSET_FRACTIONAL);
                    List<ColumnRef> numeric =
                            refs.stream()
                                    .filter(
                                            r ->
                                                    r.type() == SqlType.INT
                                                            || r.type() == SqlType.BIGINT
                                                            || (fractional && r.type().isNumeric()))
                                    .toList();
                    if (numeric.isEmpty() || !features.allows(Construct.WINDOW_RANGE_OFFSET)) {
                        continue;
                    }
                    used.add(Construct.WINDOW_RANGE_OFFSET);
                    ColumnRef by = dice.pick(numeric);
                    if (by.type() == SqlType.DECIMAL || by.type() == SqlType.DOUBLE) {
                        used.add(Construct.WINDOW_RANGE_OFFSET_FRACTIONAL);
                    }
                    String window =
                            partition
                                    + "ORDER BY "
                                    + orderKeys.of(List.of(by.sql()))
                                    + " RANGE BETWEEN "
                                    + dice.oneOf("1 PRECEDING", "2 PRECEDING", "CURRENT ROW")
                                    + " AND "
                                    + dice.oneOf(
                                            "1 FOLLOWING", "CURRENT ROW", "UNBOUNDED FOLLOWING");
                    return new Window(aggregate(refs, window), false);
                }
            }
        }
        return new Window(
                new Expression("count(*) OVER (" + partition.strip() + ")", SqlType.BIGINT), false);
    }

    /** An aggregate over {@code window} (the text inside OVER's parentheses). */
    private Expression aggregate(List<ColumnRef> refs, String window) {
        List<ColumnRef> numeric = refs.stream().filter(r -> r.type().isNumeric()).toList();
        List<ColumnRef> orderable = refs.stream().filter(r -> r.type().isOrderable()).toList();
        String over = " OVER (" + window + ")";
        switch (dice.below(5)) {
            case 0 -> {
                if (!numeric.isEmpty()) {
                    ColumnRef x = dice.pick(numeric);
                    return new Expression("sum(" + x.sql() + ")" + over, x.type().sumType());
                }
            }
            case 1 -> {
                if (!numeric.isEmpty()) {
                    ColumnRef x = dice.pick(numeric);
                    return new Expression("avg(" + x.sql() + ")" + over, x.type().avgType(), true);
                }
            }
            case 2 -> {
                if (!orderable.isEmpty()) {
                    ColumnRef x = dice.pick(orderable);
                    return new Expression(
                            dice.oneOf("min(", "max(") + x.sql() + ")" + over, x.type());
                }
            }
            case 3 -> {
                return new Expression(
                        "count(" + dice.pick(refs).sql() + ")" + over, SqlType.BIGINT);
            }
            default -> {}
        }
        return new Expression("count(*)" + over, SqlType.BIGINT);
    }

    private static List<String> sqlOf(List<ColumnRef> refs) {
        return refs.stream().map(ColumnRef::sql).toList();
    }
}
