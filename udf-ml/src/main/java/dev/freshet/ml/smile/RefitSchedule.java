package dev.freshet.ml.smile;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;

/**
 * When a batch model refits and on what.
 *
 * @param window the most recent rows a fit uses (1000)
 * @param refitEvery rows between fits (500)
 * @param minRows no fit before this many rows (50)
 * @param seed base seed; fit number {@code n} uses {@code seed + n}
 */
public record RefitSchedule(int window, int refitEvery, int minRows, long seed) {
    public RefitSchedule {
        if (window < 2 || refitEvery < 1 || minRows < 2 || minRows > window) {
            throw new IllegalArgumentException("bad refit schedule");
        }
    }

    /** Reads {@code window, refit_every, min_rows, seed}. */
    public static RefitSchedule parse(Options o) {
        int window = o.getInt("window", 1000, 2, 10_000_000);
        return new RefitSchedule(
                window,
                o.getInt("refit_every", 500, 1, 10_000_000),
                o.getInt("min_rows", Math.min(50, window), 2, window),
                o.getLong("seed", 42));
    }

    void write(ModelOutput out) {
        out.writeInt(window);
        out.writeInt(refitEvery);
        out.writeInt(minRows);
        out.writeLong(seed);
    }

    static RefitSchedule read(ModelInput in) {
        try {
            return new RefitSchedule(in.readInt(), in.readInt(), in.readInt(), in.readLong());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
    }
}
