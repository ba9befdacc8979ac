package dev.freshet.ml.drift;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;

/**
 * The Page-Hinkley test (Page, 1954) for an increase of the mean: accumulates {@code x - mean -
 * delta} with forgetting factor {@code alpha} and signals drift when the sum rises more than {@code
 * threshold} above its minimum, after at least {@code minInstances} values. Restarts after a drift.
 */
public final class PageHinkley implements DriftDetector {
    /**
     * Parameters.
     *
     * @param minInstances values before any detection
     * @param delta magnitude of change tolerated
     * @param threshold detection threshold (lambda)
     * @param alpha forgetting factor of the cumulative sum
     */
    public record Params(int minInstances, double delta, double threshold, double alpha) {
        public Params {
            if (minInstances < 1
                    || !(delta >= 0)
                    || !(threshold > 0)
                    || !(alpha > 0 && alpha <= 1)) {
                throw new IllegalArgumentException("bad Page-Hinkley parameters");
            }
        }

        /** 30 values, delta 0.005, threshold 50, alpha 0.9999 (River's defaults). */
        public static Params defaults() {
            return new Params(30, 0.005, 50.0, 0.9999);
        }

        static Params parse(Options o) {
            Params d = defaults();
            return new Params(
                    o.getInt("ph_min_instances", d.minInstances, 1, Integer.MAX_VALUE),
                    o.getDouble("ph_delta", d.delta, 0.0, Double.MAX_VALUE),
                    o.getPositive("ph_threshold", d.threshold, Double.MAX_VALUE),
                    o.getPositive("ph_alpha", d.alpha, 1.0));
        }
    }

    private final Params params;
    private long n;
    private double mean;
    private double sum;
    private double min;

    public PageHinkley(Params params) {
        this.params = params;
        reset();
    }

    @Override
    public DriftDetectorKind kind() {
        return DriftDetectorKind.PAGE_HINKLEY;
    }

    @Override
    public DriftDetector fresh() {
        return new PageHinkley(params);
    }

    @Override
    public void reset() {
        n = 0;
        mean = 0;
        sum = 0;
        min = Double.MAX_VALUE;
    }

    @Override
    public DriftState update(double value) {
        n++;
        mean += (value - mean) / n;
        sum = params.alpha * sum + (value - mean - params.delta);
        min = Math.min(min, sum);
        if (n >= params.minInstances && sum - min > params.threshold) {
            reset();
            return DriftState.DRIFT;
        }
        return DriftState.STABLE;
    }

    @Override
    public void write(ModelOutput out) {
        out.writeByte(DriftDetectorKind.PAGE_HINKLEY.ordinal());
        out.writeInt(params.minInstances);
        out.writeDouble(params.delta);
        out.writeDouble(params.threshold);
        out.writeDouble(params.alpha);
        out.writeLong(n);
        out.writeDouble(mean);
        out.writeDouble(sum);
        out.writeDouble(min);
    }

    static PageHinkley readBody(ModelInput in) {
        Params p;
        try {
            p = new Params(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        PageHinkley d = new PageHinkley(p);
        d.n = in.readLong();
        d.mean = in.readDouble();
        d.sum = in.readDouble();
        d.min = in.readDouble();
        return d;
    }
}
