package dev.freshet.ml.model;

import dev.freshet.engine.type.Decimal;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One row of feature values in the form a {@link FeatureEncoder} reads, so a caller holding
 * columnar data never boxes a number: a numeric or boolean feature is a {@code double} ({@code NaN}
 * for NULL, booleans as 1/0), a text feature is its SQL value (hashed by the encoder).
 *
 * <p>A row belongs to its caller and is reused: set every feature, hand the row to {@code
 * learn}/{@code predict}, set it again. Models never keep it. Not thread safe.
 */
public final class FeatureRow {
    private final FeatureSchema schema;
    private final FeatureKind[] kinds;
    private final double[] numbers;
    private final @Nullable Object[] objects;

    /** A row for {@code schema}, all features NULL. */
    public FeatureRow(FeatureSchema schema) {
        this(schema, false);
    }

    /**
     * A row for {@code schema}; when {@code raw}, every feature is kept as its SQL value whatever
     * its kind (recommenders take user and item keys as they are).
     */
    public FeatureRow(FeatureSchema schema, boolean raw) {
        this.schema = schema;
        this.kinds = schema.kinds().toArray(new FeatureKind[0]);
        if (raw) {
            Arrays.fill(kinds, FeatureKind.TEXT);
        }
        this.numbers = new double[kinds.length];
        this.objects = new Object[kinds.length];
        Arrays.fill(numbers, Double.NaN);
    }

    /** Number of features. */
    public int width() {
        return kinds.length;
    }

    /** The kind of feature {@code i}. */
    public FeatureKind kind(int i) {
        return kinds[i];
    }

    /** Sets numeric or boolean feature {@code i} ({@code NaN}: NULL; booleans as 1 or 0). */
    public void setNumber(int i, double x) {
        if (kinds[i] == FeatureKind.TEXT) {
            throw new IllegalArgumentException("feature " + i + " is text: use setValue");
        }
        numbers[i] = x;
    }

    /**
     * Sets feature {@code i} from an SQL value in the engine's Java mapping (NULL allowed),
     * checking that it fits the feature's kind.
     */
    public void setValue(int i, @Nullable Object v) {
        switch (kinds[i]) {
            case NUMERIC -> numbers[i] = v == null ? Double.NaN : numeric(schema, i, v);
            case BOOLEAN -> numbers[i] = v == null ? Double.NaN : bool(schema, i, v) ? 1.0 : 0.0;
            case TEXT -> objects[i] = v;
        }
    }

    /** Sets every feature from {@code values} (schema order). */
    public void setValues(@Nullable Object[] values) {
        if (values.length != kinds.length) {
            throw new FreshetException(
                    ErrorCode.DATATYPE_MISMATCH,
                    "model expects " + kinds.length + " features, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            setValue(i, values[i]);
        }
    }

    /** Numeric or boolean feature {@code i}, {@code NaN} when NULL. */
    public double number(int i) {
        return numbers[i];
    }

    /** Text feature {@code i} ({@code null} when NULL). */
    public @Nullable Object object(int i) {
        return objects[i];
    }

    /** {@code v} as a number; a value of another type fails naming feature {@code column}. */
    static double numeric(FeatureSchema schema, int column, Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> (double) l;
            case Decimal d -> d.toDouble();
            case Integer n -> (double) n;
            case Float f -> (double) f;
            case Boolean b -> b ? 1.0 : 0.0;
            default -> throw mismatch(schema, column, v, "numeric");
        };
    }

    private static boolean bool(FeatureSchema schema, int column, Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            default -> throw mismatch(schema, column, v, "boolean");
        };
    }

    private static FreshetException mismatch(
            FeatureSchema schema, int column, Object v, String expected) {
        return new FreshetException(
                ErrorCode.DATATYPE_MISMATCH,
                "feature \""
                        + schema.names().get(column)
                        + "\" is "
                        + expected
                        + " but got a "
                        + v.getClass().getSimpleName());
    }
}
