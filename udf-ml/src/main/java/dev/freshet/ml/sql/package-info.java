/**
 * Online ML wired into SQL through the engine's function SPI: the {@code train} aggregate, the
 * scoring functions ({@code predict}, {@code predict_label}, {@code predict_proba}, {@code
 * anomaly_score}, {@code model_export}), the metric aggregates ({@code accuracy}, {@code auc},
 * {@code rmse}, {@code drift_detect}) and the per-database {@link dev.freshet.ml.sql.ModelRegistry}
 * of published model versions. Imports the engine's SPI, types and batches, and {@code
 * dev.freshet.ml.train}; never Calcite.
 */
@NullMarked
package dev.freshet.ml.sql;

import org.jspecify.annotations.NullMarked;
