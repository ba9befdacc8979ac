package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Views that filter and project one relation: {@code SELECT [DISTINCT] ... FROM r [WHERE]}. */
final class ProjectionViews {
    private final Dice dice;
    private final ExpressionGenerator expressions;

    ProjectionViews(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.expressions = new ExpressionGenerator(dice, features);
    }

    /** Expressions over the source, opaque columns sometimes passed through. */
    ViewDef filterProject(String name, Relation source) {
        List<ColumnRef> usable = ColumnRef.usable("r0", source);
        List<ColumnRef> opaque =
                ColumnRef.all("r0", source).stream().filter(r -> r.column().opaque()).toList();
        Usage used = new Usage();
        SelectList select = new SelectList();
        int count = dice.between(1, 4);
        for (int i = 0; i < count; i++) {
            if (!opaque.isEmpty() && dice.chance(0.25)) {
                select.add(dice.pick(opaque));
            } else {
                select.add(expressions.scalar(usable, used));
            }
        }
        String query =
                "SELECT "
                        + select.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(usable, 0.7, used);
        return new ViewDef(
                name,
                query,
                select.columns(),
                List.of(source.name()),
                ViewShape.FILTER_PROJECT,
                used.constructs(),
                0);
    }

    /** {@code SELECT DISTINCT} over expressions of the source. */
    ViewDef distinct(String name, Relation source) {
        List<ColumnRef> usable = ColumnRef.usable("r0", source);
        Usage used = new Usage(Construct.SELECT_DISTINCT);
        SelectList select = new SelectList();
        int count = dice.between(1, 3);
        for (int i = 0; i < count; i++) {
            select.add(
                    dice.chance(0.6)
                            ? expressionOf(dice.pick(usable))
                            : expressions.scalar(usable, used));
        }
        String query =
                "SELECT DISTINCT "
                        + select.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(usable, 0.5, used);
        return new ViewDef(
                name,
                query,
                select.columns(),
                List.of(source.name()),
                ViewShape.DISTINCT,
                used.constructs(),
                0);
    }

    private static Expression expressionOf(ColumnRef ref) {
        return new Expression(ref.sql(), ref.type());
    }

    private String where(List<ColumnRef> refs, double probability, Usage used) {
        return dice.chance(probability) ? " WHERE " + expressions.predicate(refs, 1, used) : "";
    }
}
