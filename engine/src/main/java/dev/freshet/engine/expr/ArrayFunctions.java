package dev.freshet.engine.expr;

import dev.freshet.engine.batch.ArrayColumn;
import dev.freshet.engine.batch.ArrayColumnBuilder;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Arrays (one-dimensional, lower bound 1, as Freshet stores them): construction, subscripts ({@code
 * a[i]}, NULL out of range), {@code x op ANY/ALL (array)}, {@code ||}, array_length, cardinality,
 * array_lower / array_upper / array_ndims / array_dims, array_append, array_prepend, array_cat,
 * array_position(s), array_remove, array_replace, array_to_string (array_join) and string_to_array.
 * Element equality is IS NOT DISTINCT FROM, as PostgreSQL's array functions use.
 */
public final class ArrayFunctions {
    private ArrayFunctions() {}

    private static final ParamType ANY_ARRAY = ParamType.Poly.ANY_ARRAY;
    private static final ParamType ANY_ELEMENT = ParamType.Poly.ANY_ELEMENT;
    private static final DataType TEXT = DataType.VARCHAR;
    private static final DataType I4 = DataType.INTEGER;

    static void register(FunctionLibrary lib) {
        lib.define(
                "subscript",
                ANY_ELEMENT,
                null,
                (a, r) -> new Subscript(r),
                ANY_ARRAY,
                ParamType.of(I4));
        // a bigint position (generate_series yields bigint): both are long columns
        lib.define(
                "subscript",
                ANY_ELEMENT,
                null,
                (a, r) -> new Subscript(r),
                ANY_ARRAY,
                ParamType.of(DataType.BIGINT));
        lib.define(
                "array_length",
                ParamType.of(I4),
                null,
                row(
                        "array_length",
                        v ->
                                ((Long) v[1]) == 1 && !list(v[0]).isEmpty()
                                        ? (Object) (long) list(v[0]).size()
                                        : null),
                ANY_ARRAY,
                ParamType.of(I4));
        lib.define(
                "array_upper",
                ParamType.of(I4),
                null,
                row(
                        "array_upper",
                        v ->
                                ((Long) v[1]) == 1 && !list(v[0]).isEmpty()
                                        ? (Object) (long) list(v[0]).size()
                                        : null),
                ANY_ARRAY,
                ParamType.of(I4));
        lib.define(
                "array_lower",
                ParamType.of(I4),
                null,
                row(
                        "array_lower",
                        v -> ((Long) v[1]) == 1 && !list(v[0]).isEmpty() ? (Object) 1L : null),
                ANY_ARRAY,
                ParamType.of(I4));
        lib.define(
                "array_ndims",
                ParamType.of(I4),
                null,
                row("array_ndims", v -> list(v[0]).isEmpty() ? null : (Object) 1L),
                ANY_ARRAY);
        lib.define(
                "array_dims",
                ParamType.of(TEXT),
                null,
                row(
                        "array_dims",
                        v -> list(v[0]).isEmpty() ? null : "[1:" + list(v[0]).size() + "]"),
                ANY_ARRAY);
        lib.define(
                "cardinality",
                ParamType.of(I4),
                null,
                row("cardinality", v -> (long) list(v[0]).size()),
                ANY_ARRAY);
        lib.define(
                "array_append",
                ANY_ARRAY,
                null,
                nonStrict("array_append", v -> append(v[0], v[1])),
                ANY_ARRAY,
                ANY_ELEMENT);
        lib.define(
                "array_prepend",
                ANY_ARRAY,
                null,
                nonStrict("array_prepend", v -> prepend(v[0], v[1])),
                ANY_ELEMENT,
                ANY_ARRAY);
        lib.define(
                "array_cat",
                ANY_ARRAY,
                null,
                nonStrict("array_cat", v -> cat(v[0], v[1])),
                ANY_ARRAY,
                ANY_ARRAY);
        lib.define(
                "array_position",
                ParamType.of(I4),
                null,
                nonStrict(
                        "array_position", v -> v[0] == null ? null : position(list(v[0]), v[1], 1)),
                ANY_ARRAY,
                ANY_ELEMENT);
        lib.define(
                "array_position",
                ParamType.of(I4),
                null,
                nonStrict(
                        "array_position",
                        v ->
                                v[0] == null || v[2] == null
                                        ? null
                                        : position(list(v[0]), v[1], (Long) v[2])),
                ANY_ARRAY,
                ANY_ELEMENT,
                ParamType.of(I4));
        lib.define(
                "array_positions",
                ParamType.of(DataType.array(I4)),
                null,
                nonStrict(
                        "array_positions", v -> v[0] == null ? null : positions(list(v[0]), v[1])),
                ANY_ARRAY,
                ANY_ELEMENT);
        lib.define(
                "array_remove",
                ANY_ARRAY,
                null,
                nonStrict("array_remove", v -> v[0] == null ? null : remove(list(v[0]), v[1])),
                ANY_ARRAY,
                ANY_ELEMENT);
        lib.define(
                "array_replace",
                ANY_ARRAY,
                null,
                nonStrict(
                        "array_replace",
                        v -> v[0] == null ? null : replace(list(v[0]), v[1], v[2])),
                ANY_ARRAY,
                ANY_ELEMENT,
                ANY_ELEMENT);
        for (String name : new String[] {"array_to_string", "array_join"}) {
            lib.define(
                    name,
                    ParamType.of(TEXT),
                    null,
                    (a, r) -> arrayToString(a.get(0).type()),
                    ANY_ARRAY,
                    ParamType.of(TEXT));
            lib.define(
                    name,
                    ParamType.of(TEXT),
                    null,
                    (a, r) -> arrayToString(a.get(0).type()),
                    ANY_ARRAY,
                    ParamType.of(TEXT),
                    ParamType.of(TEXT));
        }
        lib.define("string_to_array", DataType.array(TEXT), (a, r) -> stringToArray(), TEXT, TEXT);
        lib.define(
                "string_to_array",
                DataType.array(TEXT),
                (a, r) -> stringToArray(),
                TEXT,
                TEXT,
                TEXT);
    }

    private static List<?> list(@Nullable Object v) {
        return (List<?>) v;
    }

    private interface Body {
        @Nullable Object apply(@Nullable Object[] v);
    }

    private static Resolution.Binder row(String name, Body body) {
        return (args, result) -> RowFunction.strict(name, result, (v, ctx) -> body.apply(v));
    }

    private static Resolution.Binder nonStrict(String name, Body body) {
        return (args, result) ->
                new RowFunction(name, result, false, false, (v, ctx) -> body.apply(v));
    }

    private static @Nullable Object append(@Nullable Object array, @Nullable Object element) {
        List<@Nullable Object> out = new ArrayList<>();
        if (array != null) {
            out.addAll(list(array));
        }
        out.add(element);
        return out;
    }

    private static @Nullable Object prepend(@Nullable Object element, @Nullable Object array) {
        List<@Nullable Object> out = new ArrayList<>();
        out.add(element);
        if (array != null) {
            out.addAll(list(array));
        }
        return out;
    }

    private static @Nullable Object cat(@Nullable Object a, @Nullable Object b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        List<@Nullable Object> out = new ArrayList<>(list(a));
        out.addAll(list(b));
        return out;
    }

    /** Equality of element values in the Java mapping, NULL equal to NULL. */
    static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return java.util.Arrays.equals(x, y);
        }
        if (a instanceof dev.freshet.engine.type.Interval x
                && b instanceof dev.freshet.engine.type.Interval y) {
            return x.sameLength(y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return ValueComparator.compareDoubles(x, y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static @Nullable Object position(List<?> items, @Nullable Object x, long start) {
        for (int i = (int) Math.max(start - 1, 0); i < items.size(); i++) {
            if (same(items.get(i), x)) {
                return (long) i + 1;
            }
        }
        return null;
    }

    private static Object positions(List<?> items, @Nullable Object x) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (same(items.get(i), x)) {
                out.add((long) i + 1);
            }
        }
        return out;
    }

    private static Object remove(List<?> items, @Nullable Object x) {
        List<@Nullable Object> out = new ArrayList<>();
        for (Object o : items) {
            if (!same(o, x)) {
                out.add(o);
            }
        }
        return out;
    }

    private static Object replace(List<?> items, @Nullable Object from, @Nullable Object to) {
        List<@Nullable Object> out = new ArrayList<>();
        for (Object o : items) {
            out.add(same(o, from) ? to : o);
        }
        return out;
    }

    private static ScalarFunction arrayToString(DataType arrayType) {
        return new RowFunction(
                "array_to_string",
                TEXT,
                false,
                false,
                (v, ctx) -> {
                    if (v[0] == null || v[1] == null) {
                        return null;
                    }
                    String sep = (String) v[1];
                    String nullText = v.length > 2 ? (String) v[2] : null;
                    StringBuilder sb = new StringBuilder();
                    boolean first = true;
                    for (Object o : list(v[0])) {
                        String s;
                        if (o == null) {
                            if (nullText == null) {
                                continue;
                            }
                            s = nullText;
                        } else {
                            s = StringFunctions.text(arrayType.elementType(), o, ctx);
                        }
                        if (!first) {
                            sb.append(sep);
                        }
                        sb.append(s);
                        first = false;
                    }
                    return sb.toString();
                });
    }

    private static ScalarFunction stringToArray() {
        return new RowFunction(
                "string_to_array",
                DataType.array(TEXT),
                false,
                false,
                (v, ctx) -> {
                    if (v[0] == null) {
                        return null;
                    }
                    String s = (String) v[0];
                    String sep = (String) v[1];
                    String nullText = v.length > 2 ? (String) v[2] : null;
                    List<@Nullable Object> out = new ArrayList<>();
                    if (s.isEmpty()) {
                        return out;
                    }
                    if (sep == null) {
                        s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
                    } else if (sep.isEmpty()) {
                        out.add(s);
                    } else {
                        int from = 0;
                        while (true) {
                            int at = s.indexOf(sep, from);
                            out.add(at < 0 ? s.substring(from) : s.substring(from, at));
                            if (at < 0) {
                                break;
                            }
                            from = at + sep.length();
                        }
                    }
                    if (nullText != null) {
                        for (int i = 0; i < out.size(); i++) {
                            if (nullText.equals(out.get(i))) {
                                out.set(i, null);
                            }
                        }
                    }
                    return out;
                });
    }

    /** The resolution of {@code ||} when an operand is an array. */
    static Optional<Resolution> resolveConcat(DataType a, DataType b) {
        boolean arrA = a.kind() == TypeKind.ARRAY;
        boolean arrB = b.kind() == TypeKind.ARRAY;
        DataType element;
        if (arrA && (arrB || b.kind() == TypeKind.UNKNOWN)) {
            DataType eb = arrB ? b.elementType() : a.elementType();
            element = common(a.elementType(), eb);
            if (element == null) {
                return Optional.empty();
            }
            DataType t = DataType.array(element);
            return Optional.of(
                    new Resolution(List.of(t, t), t, nonStrict("||", v -> cat(v[0], v[1]))));
        }
        if (arrA) {
            element = common(a.elementType(), b);
            if (element == null) {
                return Optional.empty();
            }
            DataType t = DataType.array(element);
            return Optional.of(
                    new Resolution(
                            List.of(t, element), t, nonStrict("||", v -> append(v[0], v[1]))));
        }
        element = common(b.elementType(), a);
        if (element == null) {
            return Optional.empty();
        }
        DataType t = DataType.array(element);
        return Optional.of(
                new Resolution(List.of(element, t), t, nonStrict("||", v -> prepend(v[0], v[1]))));
    }

    private static @Nullable DataType common(DataType x, DataType y) {
        if (y.kind() == TypeKind.UNKNOWN) {
            return x.unconstrained();
        }
        if (ImplicitCasts.canCast(y, x)) {
            return x.unconstrained();
        }
        if (ImplicitCasts.canCast(x, y)) {
            return y.unconstrained();
        }
        return null;
    }

    /** {@code a[i]}: 1-based, NULL outside the array; vectorized over the element column. */
    private record Subscript(DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return "[]";
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            ArrayColumn a = (ArrayColumn) args[0];
            long[] idx = ((LongColumn) args[1]).values();
            Column elements = a.elements();
            ColumnBuilder out = ColumnBuilder.forType(type, Math.max(rows, 1));
            for (int r = 0; r < rows; r++) {
                long i = idx[r];
                if (NullBits.isNull(nulls, r) || i < 1 || i > a.length(r)) {
                    out.appendNull();
                } else {
                    out.appendFrom(elements, a.start(r) + (int) i - 1);
                }
            }
            return out.build();
        }
    }

    /**
     * {@code ARRAY[a, b, ...]}: one array per row from the arguments (already of the element type).
     */
    public static ScalarFunction constructor(DataType arrayType) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return "ARRAY";
            }

            @Override
            public DataType resultType() {
                return arrayType;
            }

            @Override
            public boolean strict() {
                return false;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                ArrayColumnBuilder out =
                        (ArrayColumnBuilder) ColumnBuilder.forType(arrayType, rows);
                ColumnBuilder el = out.elementBuilder();
                for (int r = 0; r < rows; r++) {
                    for (Column a : args) {
                        el.appendFrom(a, r);
                    }
                    out.endArray();
                }
                return out.build();
            }
        };
    }

    /**
     * {@code x op ANY (array)} ({@code all} false) or {@code x op ALL (array)}: SQL's quantified
     * comparison with three-valued logic (NULL elements make a non-decisive result NULL).
     */
    public static ScalarFunction quantified(ComparisonFunctions.Op op, boolean all) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return op.symbol() + (all ? " ALL" : " ANY");
            }

            @Override
            public DataType resultType() {
                return DataType.BOOLEAN;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                Column x = args[0];
                ArrayColumn a = (ArrayColumn) args[1];
                Column el = a.elements();
                boolean[] out = new boolean[rows];
                long[] outNulls = nulls == null ? null : nulls.clone();
                for (int r = 0; r < rows; r++) {
                    if (NullBits.isNull(nulls, r)) {
                        continue;
                    }
                    boolean sawNull = false;
                    boolean decided = false;
                    for (int k = 0; k < a.length(r); k++) {
                        int e = a.start(r) + k;
                        if (el.isNull(e)) {
                            sawNull = true;
                            continue;
                        }
                        boolean t = op.test(ValueComparator.compare(x, r, el, e));
                        if (all ? !t : t) {
                            decided = true;
                            break;
                        }
                    }
                    if (decided) {
                        out[r] = !all;
                    } else if (sawNull) {
                        if (outNulls == null) {
                            outNulls = new long[NullBits.words(rows)];
                        }
                        NullBits.set(outNulls, r);
                    } else {
                        out[r] = all;
                    }
                }
                return new BoolColumn(out, outNulls, rows);
            }
        };
    }
}
