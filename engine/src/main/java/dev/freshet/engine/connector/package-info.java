/**
 * Source connectors: what reads rows from outside for CREATE SOURCE. A {@link
 * dev.freshet.engine.connector.SourceReader} (Kafka, datagen) turns its input into rows of the
 * source's columns in a {@link dev.freshet.engine.connector.SourceBatcher} (columnar batches of the
 * source's layout), through a {@link dev.freshet.engine.connector.RowDecoder} (JSON, CSV) when the
 * input is messages; its {@link dev.freshet.engine.connector.SourcePosition} (Kafka partition
 * offsets, datagen sequence number) is explicit state that opens a reader where another stopped.
 * {@link dev.freshet.engine.connector.Connectors} checks options at CREATE time and opens readers.
 *
 * <p>Imports {@code engine.type}, {@code engine.batch}, {@code engine.catalog}, {@code engine.copy}
 * (CSV fields), the Kafka client and Jackson's streaming parser ({@code jackson-core}); never
 * {@code engine.runtime}: the runtime's {@code SourceRunner} drives readers and commits their
 * batches as epochs.
 */
@NullMarked
package dev.freshet.engine.connector;

import org.jspecify.annotations.NullMarked;
