package dev.freshet.engine.spi;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The per-database model service as the engine's DDL sees it ({@code CREATE MODEL}, {@code SHOW
 * MODELS}, {@code DESCRIBE MODEL}, {@code DROP MODEL}, {@code ALTER MODEL ... ROLLBACK}, {@code
 * model_history}). A provider offers it through {@link FunctionProvider#newDatabaseService}. Every
 * method runs under the database's lock discipline: mutations on the epoch thread, reads under the
 * read lock.
 */
public interface ModelCatalog {
    /** Column names of {@link #history} rows. */
    List<String> HISTORY_COLUMNS =
            List.of(
                    "version",
                    "rows",
                    "accuracy",
                    "kappa",
                    "log_loss",
                    "rmse",
                    "mae",
                    "drift",
                    "published_at");

    /**
     * Whether {@code algorithm} learns from a label; throws 22023 naming the known algorithms when
     * it does not exist.
     */
    boolean supervised(String algorithm);

    /** Registers a model imported from exported text under {@code name}; returns its algorithm. */
    String importModel(String name, String text);

    /** Forgets the model called {@code name} and every version of it. */
    void drop(String name);

    /** Forgets every model published by the view called {@code view} (it was dropped). */
    void dropView(String view);

    /**
     * One line of {@code SHOW MODELS} for the model {@code name}: algorithm, version, rows, metric
     * (e.g. {@code accuracy=0.93}), drift count; null when nothing was published yet.
     */
    @Nullable List<String> summary(String name);

    /** {@code DESCRIBE MODEL}: (property, value) rows. */
    List<String[]> describe(String name);

    /**
     * Published versions, oldest first, one row per version with the values of {@link
     * #HISTORY_COLUMNS} (Long, Long, Double or null, ...).
     */
    List<@Nullable Object[]> history(String name);

    /**
     * Makes version {@code version} current again: the live model continues learning from a copy of
     * it and it is published as a new version. Runs on the epoch thread.
     */
    long rollback(String name, long version);
}
