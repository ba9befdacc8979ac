package dev.freshet.engine.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * What makes a table a source: the connector that feeds it and its options, as CREATE SOURCE
 * resolved them (keys lower case, values as text; datagen's {@code datagen.basetime} and Kafka's
 * {@code scan.startup.mode = 'latest'} are pinned to concrete values at CREATE time so a reader
 * opened later reads the same rows).
 *
 * @param connector {@code kafka} or {@code datagen}
 * @param options the WITH options
 * @param encode {@code JSON} or {@code CSV} (upper case)
 * @param encodeOptions the options after {@code ENCODE x}, e.g. {@code delimiter}
 */
public record SourceInfo(
        String connector,
        SequencedMap<String, String> options,
        String encode,
        SequencedMap<String, String> encodeOptions) {
    public SourceInfo {
        Objects.requireNonNull(connector);
        options = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(options));
        Objects.requireNonNull(encode);
        encodeOptions = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(encodeOptions));
    }
}
