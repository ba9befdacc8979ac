/**
 * A small reader for exactly the Parquet features the ML bench's data files use (a flat schema of
 * required or optional INT32, INT64, DOUBLE and BYTE_ARRAY columns; PLAIN and dictionary encodings;
 * data pages v1 and v2; uncompressed or ZSTD pages), so the bench can read {@code
 * flights-3m.parquet} without a Hadoop stack. Anything else fails with a message naming what is not
 * supported. Test code only: the server does not read Parquet.
 *
 * <p>Imports the JDK and zstd-jni only.
 */
@NullMarked
package dev.freshet.tests.bench.parquet;

import org.jspecify.annotations.NullMarked;
