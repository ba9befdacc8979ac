package dev.freshet.engine.connector;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a reader stands: the next thing it will read. Explicit, immutable state, so it can be
 * committed with the epoch that holds the rows before it, written into a checkpoint, and given back
 * to {@link Connectors#open} to go on from there.
 */
public sealed interface SourcePosition {
    /** Whether this position is at or past {@code target} (everything before it has been read). */
    boolean covers(SourcePosition target);

    /** The position as text, for SHOW SOURCES and logs (stable order). */
    String describe();

    /** Kafka: for each partition, the offset of the next record to read. */
    record KafkaOffsets(SortedMap<Integer, Long> next) implements SourcePosition {
        public KafkaOffsets {
            next = Collections.unmodifiableSortedMap(new TreeMap<>(next));
        }

        @Override
        public boolean covers(SourcePosition target) {
            if (!(target instanceof KafkaOffsets t)) {
                return false;
            }
            for (Map.Entry<Integer, Long> e : t.next.entrySet()) {
                if (next.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            StringBuilder s = new StringBuilder();
            for (Map.Entry<Integer, Long> e : next.entrySet()) {
                if (!s.isEmpty()) {
                    s.append(',');
                }
                s.append(e.getKey()).append(':').append(e.getValue());
            }
            return s.toString();
        }
    }

    /** datagen: the sequence number of the next row (0-based). */
    record Sequence(long next) implements SourcePosition {
        @Override
        public boolean covers(SourcePosition target) {
            return target instanceof Sequence t && next >= t.next;
        }

        @Override
        public String describe() {
            return "row " + next;
        }
    }
}
