package dev.freshet.engine.connector;

import org.jspecify.annotations.Nullable;

/**
 * Turns one message (a Kafka record's value) into the values of a source's columns, in the Java
 * mapping of {@code type.Values}. Malformed input throws {@link
 * dev.freshet.sql.error.FreshetException} (the reader counts and skips it); the source never stops
 * over one message.
 */
public interface RowDecoder {
    /** The row's values (null elements are NULL), or null when the message is no row (a header). */
    @Nullable Object @Nullable [] decode(byte[] message);
}
