package dev.freshet.ml.drift;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;

/**
 * DDM, the drift detection method of Gama et al. (SBIA 2004), for a stream of 0/1 errors: tracks
 * the error rate {@code p} and its deviation {@code s = sqrt(p(1-p)/n)}, remembers the minimum of
 * {@code p + s}, warns when {@code p + s >= p_min + warning * s_min} and signals drift at {@code
 * p_min + drift * s_min}. Restarts after a drift.
 */
public final class Ddm implements DriftDetector {
    /**
     * Parameters.
     *
     * @param minInstances values before any detection
     * @param warning warning level in deviations (2)
     * @param drift drift level in deviations (3)
     */
    public record Params(int minInstances, double warning, double drift) {
        public Params {
            if (minInstances < 1 || !(warning > 0) || !(drift >= warning)) {
                throw new IllegalArgumentException("bad DDM parameters");
            }
        }

        /** 30 values, warning at 2, drift at 3 deviations. */
        public static Params defaults() {
            return new Params(30, 2.0, 3.0);
        }

        static Params parse(Options o) {
            Params d = defaults();
            double warning = o.getPositive("ddm_warning", d.warning, 100);
            double drift = o.getPositive("ddm_drift", d.drift, 100);
            if (drift < warning) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "ddm_drift must not be below ddm_warning");
            }
            return new Params(
                    o.getInt("ddm_min_instances", d.minInstances, 1, Integer.MAX_VALUE),
                    warning,
                    drift);
        }
    }

    private final Params params;
    private long n;
    private double p;
    private double pMin;
    private double sMin;

    public Ddm(Params params) {
        this.params = params;
        reset();
    }

    @Override
    public DriftDetectorKind kind() {
        return DriftDetectorKind.DDM;
    }

    @Override
    public DriftDetector fresh() {
        return new Ddm(params);
    }

    @Override
    public void reset() {
        n = 0;
        p = 0;
        pMin = Double.MAX_VALUE;
        sMin = Double.MAX_VALUE;
    }

    @Override
    public DriftState update(double value) {
        n++;
        p += (value - p) / n;
        double s = Math.sqrt(p * (1 - p) / n);
        if (n < params.minInstances) {
            return DriftState.STABLE;
        }
        // Before the first error s is 0; a minimum of 0 would make any error a drift.
        if (s > 0 && p + s <= pMin + sMin) {
            pMin = p;
            sMin = s;
        }
        if (sMin == Double.MAX_VALUE) {
            return DriftState.STABLE;
        }
        if (p + s >= pMin + params.drift * sMin) {
            reset();
            return DriftState.DRIFT;
        }
        if (p + s >= pMin + params.warning * sMin) {
            return DriftState.WARNING;
        }
        return DriftState.STABLE;
    }

    @Override
    public void write(ModelOutput out) {
        out.writeByte(DriftDetectorKind.DDM.ordinal());
        out.writeInt(params.minInstances);
        out.writeDouble(params.warning);
        out.writeDouble(params.drift);
        out.writeLong(n);
        out.writeDouble(p);
        out.writeDouble(pMin);
        out.writeDouble(sMin);
    }

    static Ddm readBody(ModelInput in) {
        Params params;
        try {
            params = new Params(in.readInt(), in.readDouble(), in.readDouble());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        Ddm d = new Ddm(params);
        d.n = in.readLong();
        d.p = in.readDouble();
        d.pMin = in.readDouble();
        d.sMin = in.readDouble();
        return d;
    }
}
