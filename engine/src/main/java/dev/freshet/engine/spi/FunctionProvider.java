package dev.freshet.engine.spi;

import dev.freshet.engine.expr.FunctionLibrary;
import java.util.List;

/**
 * A module that adds functions to SQL, found with {@link java.util.ServiceLoader}. The engine calls
 * {@link #registerScalars} once while it builds the standard function library, reads {@link
 * #aggregates} once, and calls {@link #newDatabaseService} once per running database.
 */
public interface FunctionProvider {
    /** Adds this module's scalar functions to {@code library} (which is still being built). */
    void registerScalars(FunctionLibrary library);

    /** This module's aggregate functions. */
    List<AggregateFunction> aggregates();

    /**
     * The per-database service of this module (e.g. a model registry), or null for none. Kernels
     * reach it through {@link dev.freshet.engine.expr.EvalContext#service}; the engine reaches it
     * through {@link Extensions#service}.
     */
    default @org.jspecify.annotations.Nullable Object newDatabaseService() {
        return null;
    }
}
