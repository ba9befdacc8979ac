package dev.freshet.ml.drift;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;

/**
 * Watches a stream of values (a model's per-row error: 0/1 for classifiers, absolute error for
 * regressors) and reports when its distribution changes. After a {@link DriftState#DRIFT} the
 * detector has already adapted (ADWIN dropped the old window, DDM and Page-Hinkley restarted).
 */
public sealed interface DriftDetector permits Adwin, PageHinkley, Ddm {
    /** Adds one value and returns the detector's state after it. */
    DriftState update(double value);

    /** Forgets everything seen. */
    void reset();

    /** A fresh detector with the same parameters. */
    DriftDetector fresh();

    /** Which detector this is. */
    DriftDetectorKind kind();

    /** Writes the kind, parameters and state. */
    void write(ModelOutput out);

    /** Reads a detector written by {@link #write}. */
    static DriftDetector read(ModelInput in) {
        return switch (in.readEnum(DriftDetectorKind.values())) {
            case ADWIN -> Adwin.readBody(in);
            case PAGE_HINKLEY -> PageHinkley.readBody(in);
            case DDM -> Ddm.readBody(in);
        };
    }
}
