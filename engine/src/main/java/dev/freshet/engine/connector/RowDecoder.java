package dev.freshet.engine.connector;

/**
 * Turns one message (a Kafka record's value) into a row of a source's columns. Malformed input
 * throws {@link dev.freshet.sql.error.FreshetException} before anything is appended (the reader
 * counts and skips it); the source never stops over one message.
 */
public interface RowDecoder {
    /**
     * Decodes {@code message} and appends its row to {@code out}; returns false, appending nothing,
     * when the message holds no row (a CSV header).
     */
    boolean decode(byte[] message, SourceBatcher out);
}
