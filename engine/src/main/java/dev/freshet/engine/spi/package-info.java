/**
 * The function SPI: how modules outside the engine (online ML in {@code udf-ml}) add scalar
 * functions, aggregates and per-database services without the engine importing them. Providers are
 * found with {@link java.util.ServiceLoader} ({@code META-INF/services/
 * dev.freshet.engine.spi.FunctionProvider}). May import the engine's types, batches, expressions
 * and IR enums; nothing here imports Calcite.
 */
@NullMarked
package dev.freshet.engine.spi;

import org.jspecify.annotations.NullMarked;
