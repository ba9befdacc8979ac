package dev.freshet.ml.model;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of SQL values ({@code Object[]} in the engine's Java value mapping) into a {@link
 * FeatureVector}, and keeps the running statistics that standardise numeric columns.
 *
 * <p>Layout: columns in schema order; a numeric or boolean column takes one slot, a text column
 * {@link EncoderParams#hashBuckets()} slots of which the hashed value sets one to 1. Text hashing
 * is 64-bit FNV-1a over the UTF-16 chars seeded by the column index, so it is stable across runs
 * and JVMs; a {@code Long}, {@code Double} or {@code Decimal} given for a text column is hashed by
 * its double value (so a numeric code can be one-hot encoded without making a string).
 *
 * <p>Missing values: NULL and NaN contribute nothing (a standardised column reads 0, its mean) and
 * do not move the statistics.
 *
 * <p>Standardisation uses weighted Welford updates; a negative weight removes a row exactly (up to
 * rounding), so the statistics equal those of the remaining rows. {@link #encode} only reads the
 * statistics; {@link #update} changes them. For test-then-train, encode, predict, update, then
 * encode again to learn.
 *
 * <p>{@link #encode} allocates nothing. Not thread safe.
 */
public final class FeatureEncoder {
    private final FeatureSchema schema;
    private final EncoderParams params;
    private final int[] offsets;
    private final int dimension;
    private final double[] count;
    private final double[] mean;
    private final double[] m2;
    // Derived from the statistics after every update, so encoding needs no square root.
    private final double[] scale;
    private final FeatureKind[] kinds;
    // For the Object[] entry points.
    private final FeatureRow scratch;

    public FeatureEncoder(FeatureSchema schema, EncoderParams params) {
        this.schema = schema;
        this.params = params;
        int n = schema.size();
        offsets = new int[n];
        kinds = schema.kinds().toArray(new FeatureKind[0]);
        int d = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = d;
            d += kinds[i] == FeatureKind.TEXT ? params.hashBuckets() : 1;
        }
        dimension = d;
        count = new double[n];
        mean = new double[n];
        m2 = new double[n];
        scale = new double[n];
        scratch = new FeatureRow(schema);
    }

    public FeatureSchema schema() {
        return schema;
    }

    public EncoderParams params() {
        return params;
    }

    /** Number of slots of the vectors this encoder produces. */
    public int dimension() {
        return dimension;
    }

    /** First slot of input column {@code column}. */
    public int offset(int column) {
        return offsets[column];
    }

    /** A new vector of the right dimension (owned by the caller). */
    public FeatureVector newVector() {
        return new FeatureVector(dimension);
    }

    /** A reusable row of this encoder's features (owned by the caller). */
    public FeatureRow newRow() {
        return new FeatureRow(schema);
    }

    /** Encodes {@code row} into {@code out} (cleared first) with the current statistics. */
    public void encode(@Nullable Object[] row, FeatureVector out) {
        scratch.setValues(row);
        encode(scratch, out);
    }

    /** Encodes {@code row} into {@code out} (cleared first) with the current statistics. */
    public void encode(FeatureRow row, FeatureVector out) {
        out.clear();
        boolean standardize = params.standardize();
        for (int i = 0; i < offsets.length; i++) {
            if (kinds[i] == FeatureKind.TEXT) {
                Object v = row.object(i);
                if (v != null) {
                    out.set(offsets[i] + bucket(i, v), 1.0);
                }
                continue;
            }
            double x = row.number(i);
            if (Double.isNaN(x)) {
                continue;
            }
            if (standardize && kinds[i] == FeatureKind.NUMERIC) {
                x = (x - mean[i]) * scale[i];
            }
            out.set(offsets[i], x);
        }
    }

    /**
     * Adds ({@code weight > 0}) or removes ({@code weight < 0}) {@code row} from the statistics.
     */
    public void update(@Nullable Object[] row, double weight) {
        if (!params.standardize() || weight == 0.0) {
            return;
        }
        scratch.setValues(row);
        update(scratch, weight);
    }

    /**
     * Adds ({@code weight > 0}) or removes ({@code weight < 0}) {@code row} from the statistics.
     */
    public void update(FeatureRow row, double weight) {
        if (!params.standardize() || weight == 0.0) {
            return;
        }
        for (int i = 0; i < offsets.length; i++) {
            if (kinds[i] != FeatureKind.NUMERIC) {
                continue;
            }
            double x = row.number(i);
            if (Double.isNaN(x)) {
                continue;
            }
            double w = count[i] + weight;
            if (w <= 1e-12 * Math.abs(weight)) {
                count[i] = 0.0;
                mean[i] = 0.0;
                m2[i] = 0.0;
                scale[i] = 0.0;
                continue;
            }
            double delta = x - mean[i];
            double newMean = mean[i] + weight * delta / w;
            m2[i] = Math.max(0.0, m2[i] + weight * delta * (x - newMean));
            mean[i] = newMean;
            count[i] = w;
            scale[i] = scaleOf(i);
        }
    }

    /** {@code 1 / sd} of column {@code i}, or 0 when it has no variance (it then encodes as 0). */
    private double scaleOf(int i) {
        double var = count[i] > 0 ? m2[i] / count[i] : 0.0;
        return var > 0 ? 1.0 / Math.sqrt(var) : 0.0;
    }

    /** Running mean of numeric column {@code column} (0 when standardisation is off). */
    public double mean(int column) {
        return mean[column];
    }

    /** Running population variance of numeric column {@code column}. */
    public double variance(int column) {
        return count[column] > 0 ? m2[column] / count[column] : 0.0;
    }

    /** Forgets the statistics. */
    public void reset() {
        Arrays.fill(count, 0.0);
        Arrays.fill(mean, 0.0);
        Arrays.fill(m2, 0.0);
        Arrays.fill(scale, 0.0);
    }

    private int bucket(int column, Object v) {
        long h = 0xCBF29CE484222325L ^ (column * 0x9E3779B97F4A7C15L);
        switch (v) {
            case String s -> {
                for (int k = 0; k < s.length(); k++) {
                    h ^= s.charAt(k);
                    h *= 0x100000001B3L;
                }
            }
            case Boolean b -> h ^= b ? 1 : 2;
            default -> {
                double d = FeatureRow.numeric(schema, column, v);
                h ^= Double.doubleToLongBits(d == 0.0 ? 0.0 : d);
                h *= 0x100000001B3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) Math.floorMod(h, (long) params.hashBuckets());
    }

    /** Writes the schema, parameters and statistics. */
    public void write(ModelOutput out) {
        schema.write(out);
        out.writeBoolean(params.standardize());
        out.writeInt(params.hashBuckets());
        out.writeDoubles(count);
        out.writeDoubles(mean);
        out.writeDoubles(m2);
    }

    /** Reads an encoder written by {@link #write}. */
    public static FeatureEncoder read(ModelInput in) {
        FeatureSchema schema = FeatureSchema.read(in);
        boolean standardize = in.readBoolean();
        int buckets = in.readInt();
        if (buckets < 1 || buckets > (1 << 20)) {
            throw ModelInput.corrupt("bad hash bucket count " + buckets);
        }
        FeatureEncoder e = new FeatureEncoder(schema, new EncoderParams(standardize, buckets));
        readInto(in, e.count);
        readInto(in, e.mean);
        readInto(in, e.m2);
        for (int i = 0; i < e.scale.length; i++) {
            e.scale[i] = e.scaleOf(i);
        }
        return e;
    }

    private static void readInto(ModelInput in, double[] target) {
        double[] xs = in.readDoubles();
        if (xs.length != target.length) {
            throw ModelInput.corrupt("statistics length " + xs.length + " != " + target.length);
        }
        System.arraycopy(xs, 0, target, 0, xs.length);
    }
}
