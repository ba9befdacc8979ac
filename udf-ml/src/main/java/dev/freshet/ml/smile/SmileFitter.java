package dev.freshet.ml.smile;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Runs Smile fits deterministically: on one worker thread of a dedicated fork-join pool (Smile's
 * parallel streams then run on that thread, in a fixed order) after seeding that thread's Smile
 * random generator. So a model read back refits to exactly the trees it had. Fits from different
 * models queue on the one thread; a fit is a batch job and is meant to be rare.
 *
 * <p>Smile's exceptions are translated to {@link FreshetException} here.
 */
final class SmileFitter {
    private static final ForkJoinPool POOL = new ForkJoinPool(1);

    private SmileFitter() {}

    static <T> T fit(long seed, Supplier<T> job) {
        try {
            return POOL.submit(
                            () -> {
                                smile.math.MathEx.setSeed(seed);
                                return job.get();
                            })
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FreshetException(ErrorCode.QUERY_CANCELED, "model fit interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof FreshetException fe) {
                throw fe;
            }
            throw new FreshetException(
                    ErrorCode.DATA_EXCEPTION, "model fit failed: " + cause.getMessage(), cause);
        }
    }
}
