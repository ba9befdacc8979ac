package dev.freshet.ml.drift;

import dev.freshet.ml.model.Options;

/** The detectors a model can use on its error ({@code drift_detector} option). */
public enum DriftDetectorKind {
    ADWIN,
    PAGE_HINKLEY,
    DDM;

    /** A detector of this kind with its default parameters. */
    public DriftDetector create() {
        return switch (this) {
            case ADWIN -> new Adwin(Adwin.DEFAULT_DELTA);
            case PAGE_HINKLEY -> new PageHinkley(PageHinkley.Params.defaults());
            case DDM -> new Ddm(Ddm.Params.defaults());
        };
    }

    /**
     * A detector of this kind, its parameters read from {@code options} ({@code adwin_delta};
     * {@code ph_threshold}, {@code ph_delta}, {@code ph_alpha}, {@code ph_min_instances}; {@code
     * ddm_warning}, {@code ddm_drift}, {@code ddm_min_instances}).
     */
    public DriftDetector create(Options options) {
        return switch (this) {
            case ADWIN ->
                    new Adwin(
                            options.getDouble(
                                    "adwin_delta", Adwin.DEFAULT_DELTA, Double.MIN_VALUE, 0.5));
            case PAGE_HINKLEY -> new PageHinkley(PageHinkley.Params.parse(options));
            case DDM -> new Ddm(Ddm.Params.parse(options));
        };
    }
}
