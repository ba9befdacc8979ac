package dev.freshet.ml.smile;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;

/**
 * The online shell of a batch model: keeps the last {@code window + refitEvery} rows, refits on the
 * newest {@code window} of them every {@code refitEvery} rows (and on {@link #refit()}, which the
 * drift policy calls), and remembers which rows and which seed the current fit used. Its state is
 * the rows, the fit range and the fit number; reading it back refits that range with that seed,
 * which reproduces the same model ({@link SmileFitter}).
 *
 * <p>Row weights: any positive weight adds the row once (Smile's fits are unweighted). Append-only.
 */
abstract class RefittingModel implements Model {
    protected final int dim;
    protected final RefitSchedule schedule;
    protected final RowWindow rows;
    private long fitFrom = -1;
    private long fitTo = -1;
    private long fits;

    RefittingModel(int dim, RefitSchedule schedule) {
        this.dim = dim;
        this.schedule = schedule;
        this.rows = new RowWindow(dim, schedule.window() + schedule.refitEvery());
    }

    /** Fits on the given rows with the given seed, replacing the current fit. */
    protected abstract void fit(double[][] x, double[] y, long seed);

    /** Drops the current fit. */
    protected abstract void clearFit();

    /** Writes the subclass's hyperparameters. */
    protected abstract void writeParams(ModelOutput out);

    @Override
    public Retraction retraction() {
        return Retraction.APPEND_ONLY;
    }

    @Override
    public int dimension() {
        return dim;
    }

    /** Number of fits so far. */
    public long fits() {
        return fits;
    }

    /** Rows of the current fit, or 0 before the first. */
    public long fitRows() {
        return fitTo < 0 ? 0 : fitTo - fitFrom;
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (!Model.requirePositive(algorithm(), weight)) {
            return;
        }
        observe(x, y);
        rows.add(x, y);
        long end = rows.end();
        if (fitTo < 0 ? end >= schedule.minRows() : end - fitTo >= schedule.refitEvery()) {
            refit();
        }
    }

    /** Hook for statistics kept outside the fit (class counts). */
    protected void observe(FeatureVector x, double y) {}

    /** Refits now on the newest {@code window} rows (no-op below {@code minRows}). */
    public void refit() {
        long to = rows.end();
        long from = Math.max(rows.start(), to - schedule.window());
        if (to - from < schedule.minRows()) {
            return;
        }
        fitRange(from, to, fits);
        fits++;
    }

    private void fitRange(long from, long to, long fitNumber) {
        fit(rows.features(from, to), rows.labels(from, to), schedule.seed() + fitNumber);
        fitFrom = from;
        fitTo = to;
    }

    @Override
    public void reset() {
        rows.clear();
        clearFit();
        fitFrom = -1;
        fitTo = -1;
        fits = 0;
    }

    @Override
    public void write(ModelOutput out) {
        writeParams(out);
        schedule.write(out);
        out.writeInt(dim);
        rows.write(out);
        out.writeLong(fitFrom);
        out.writeLong(fitTo);
        out.writeLong(fits);
    }

    /** Reads the shell state (after the subclass read its parameters and constructed itself). */
    protected void readState(ModelInput in) {
        rows.read(in);
        long from = in.readLong();
        long to = in.readLong();
        long n = in.readLong();
        if (to >= 0) {
            if (from < rows.start() || to > rows.end() || from >= to || n < 1) {
                throw ModelInput.corrupt("fit range outside the row window");
            }
            fitRange(from, to, n - 1);
        }
        fits = n;
    }
}
