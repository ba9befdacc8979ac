package dev.freshet.ml.model;

import dev.freshet.engine.type.Decimal;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The input columns of a model: a name and a {@link FeatureKind} per column, in the order the
 * values arrive in a row.
 */
public record FeatureSchema(List<String> names, List<FeatureKind> kinds) {
    public FeatureSchema {
        names = List.copyOf(names);
        kinds = List.copyOf(kinds);
        if (names.size() != kinds.size()) {
            throw new IllegalArgumentException("names and kinds differ in length");
        }
    }

    /** A schema of {@code n} numeric columns named {@code x0, x1, ...}. */
    public static FeatureSchema numeric(int n) {
        List<String> names = new ArrayList<>(n);
        List<FeatureKind> kinds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("x" + i);
            kinds.add(FeatureKind.NUMERIC);
        }
        return new FeatureSchema(names, kinds);
    }

    /** A schema with the given columns. */
    public static FeatureSchema of(List<String> names, List<FeatureKind> kinds) {
        return new FeatureSchema(names, kinds);
    }

    /**
     * The schema implied by the Java types of one row ({@code String} is text, {@code Boolean} is
     * boolean, numbers are numeric). NULLs are not allowed here: the type is unknown.
     */
    public static FeatureSchema infer(Object[] row) {
        List<String> names = new ArrayList<>(row.length);
        List<FeatureKind> kinds = new ArrayList<>(row.length);
        for (int i = 0; i < row.length; i++) {
            names.add("x" + i);
            kinds.add(kindOf(Objects.requireNonNull(row[i], "cannot infer the type of NULL")));
        }
        return new FeatureSchema(names, kinds);
    }

    /** The feature kind for a Java value of the engine's value mapping. */
    public static FeatureKind kindOf(Object value) {
        return switch (value) {
            case Long l -> FeatureKind.NUMERIC;
            case Integer i -> FeatureKind.NUMERIC;
            case Double d -> FeatureKind.NUMERIC;
            case Float f -> FeatureKind.NUMERIC;
            case Decimal d -> FeatureKind.NUMERIC;
            case Boolean b -> FeatureKind.BOOLEAN;
            case String s -> FeatureKind.TEXT;
            default ->
                    throw new FreshetException(
                            ErrorCode.DATATYPE_MISMATCH,
                            "a model feature must be numeric, boolean or text, not "
                                    + value.getClass().getSimpleName());
        };
    }

    /** Number of input columns. */
    public int size() {
        return names.size();
    }

    /** Writes the schema. */
    public void write(ModelOutput out) {
        out.writeInt(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.writeString(names.get(i));
            out.writeByte(kinds.get(i).ordinal());
        }
    }

    /** Reads a schema written by {@link #write}. */
    public static FeatureSchema read(ModelInput in) {
        int n = in.readCount();
        List<String> names = new ArrayList<>(n);
        List<FeatureKind> kinds = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(in.readString());
            kinds.add(in.readEnum(FeatureKind.values()));
        }
        return new FeatureSchema(names, kinds);
    }
}
