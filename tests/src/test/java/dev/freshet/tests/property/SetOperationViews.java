package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code UNION}, {@code INTERSECT} and {@code EXCEPT}, each with and without {@code ALL}, of two
 * branches, or of three with the first two in parentheses. Each branch filters and projects one
 * relation (the same relation in two branches now and then); the first branch's expressions fix the
 * column types, and the other branches take columns of matching types, or typed literals or NULLs
 * where their relation has none.
 */
final class SetOperationViews {
    private record Operator(String sql, Construct construct) {}

    private static final List<Operator> OPERATORS =
            List.of(
                    new Operator("UNION", Construct.UNION),
                    new Operator("UNION ALL", Construct.UNION_ALL),
                    new Operator("INTERSECT", Construct.INTERSECT),
                    new Operator("INTERSECT ALL", Construct.INTERSECT_ALL),
                    new Operator("EXCEPT", Construct.EXCEPT),
                    new Operator("EXCEPT ALL", Construct.EXCEPT_ALL));

    private final Dice dice;
    private final Features features;
    private final ExpressionGenerator expressions;

    SetOperationViews(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
        this.expressions = new ExpressionGenerator(dice, features);
    }

    ViewDef setOperation(String name, Sources sources) {
        Usage used = new Usage();
        List<Operator> operators =
                OPERATORS.stream().filter(o -> features.allows(o.construct())).toList();
        Relation first = sources.pick(dice);
        List<ColumnRef> firstRefs = ColumnRef.usable("r0", first);
        SelectList select = new SelectList();
        int width = dice.between(1, Math.min(3, firstRefs.size()));
        for (int i = 0; i < width; i++) {
            if (dice.chance(0.7)) {
                select.add(dice.pick(firstRefs));
            } else {
                select.add(expressions.scalar(firstRefs, used));
            }
        }
        List<SqlType> types = new ArrayList<>(select.columns().stream().map(Column::type).toList());
        List<String> branches = new ArrayList<>();
        branches.add(branch(select.sql(), first, firstRefs, used));
        List<String> reads = new ArrayList<>(List.of(first.name()));
        int count = features.allows(Construct.NESTED_SET_OPERATION) && dice.chance(0.2) ? 3 : 2;
        while (branches.size() < count) {
            Relation relation = dice.chance(0.2) ? first : sources.pick(dice);
            List<ColumnRef> refs = ColumnRef.usable("r0", relation);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                SqlType type = types.get(i);
                List<ColumnRef> matching =
                        refs.stream().filter(r -> r.type().joinsWith(type)).toList();
                if (!matching.isEmpty() && dice.chance(0.9)) {
                    ColumnRef ref = dice.pick(matching);
                    items.add(ref.sql());
                    if (ref.type() == SqlType.BIGINT) {
                        types.set(i, SqlType.BIGINT); // INT combined with BIGINT is BIGINT
                    }
                } else {
                    items.add(
                            dice.chance(0.5)
                                    ? "CAST(NULL AS " + type.sql() + ")"
                                    : "CAST("
                                            + ValueDomain.literal(type, dice)
                                            + " AS "
                                            + type.sql()
                                            + ")");
                }
            }
            branches.add(branch(String.join(", ", items), relation, refs, used));
            reads.add(relation.name());
        }
        Operator op1 = dice.pick(operators);
        used.add(op1.construct());
        String query = branches.get(0) + " " + op1.sql() + " " + branches.get(1);
        if (count == 3) {
            Operator op2 = dice.pick(operators);
            used.add(op2.construct());
            used.add(Construct.NESTED_SET_OPERATION);
            query = "(" + query + ") " + op2.sql() + " " + branches.get(2);
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            columns.add(new Column("c" + i, types.get(i), true));
        }
        return new ViewDef(
                name,
                query,
                columns,
                reads.stream().distinct().toList(),
                ViewShape.SET_OPERATION,
                used.constructs(),
                0);
    }

    private String branch(String items, Relation relation, List<ColumnRef> refs, Usage used) {
        return "SELECT "
                + items
                + " FROM "
                + relation.name()
                + " AS r0"
                + (dice.chance(0.4) ? " WHERE " + expressions.predicate(refs, 1, used) : "");
    }
}
