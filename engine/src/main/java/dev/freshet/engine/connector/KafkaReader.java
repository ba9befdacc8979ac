package dev.freshet.engine.connector;

import dev.freshet.sql.error.FreshetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code connector = 'kafka'}: reads every partition of one topic with a consumer that is assigned
 * the partitions (no consumer group, nothing committed to the broker) and positioned at the
 * reader's {@link SourcePosition.KafkaOffsets}. Each record's value is one message for the {@link
 * RowDecoder}; a record that does not decode is counted and skipped. The set of partitions is fixed
 * when the source is created.
 */
final class KafkaReader implements SourceReader {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final RowDecoder decoder;
    private final Duration timeout;
    private final TreeMap<Integer, Long> next = new TreeMap<>();

    KafkaReader(
            KafkaConsumer<byte[], byte[]> consumer,
            String topic,
            SourcePosition.KafkaOffsets from,
            RowDecoder decoder,
            Duration timeout) {
        this.consumer = consumer;
        this.decoder = decoder;
        this.timeout = timeout;
        this.partitions = new ArrayList<>();
        for (var e : from.next().entrySet()) {
            partitions.add(new TopicPartition(topic, e.getKey()));
            next.put(e.getKey(), e.getValue());
        }
        consumer.assign(partitions);
        for (TopicPartition tp : partitions) {
            consumer.seek(tp, next.get(tp.partition()));
        }
    }

    @Override
    public void poll(SourceBatcher out, long waitMillis) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(waitMillis));
        for (ConsumerRecord<byte[], byte[]> r : records) {
            byte[] value = r.value();
            if (value == null) {
                out.reject(where(r), "a record without a value");
                continue;
            }
            try {
                decoder.decode(value, out);
            } catch (FreshetException e) {
                String context = e.context();
                out.reject(
                        where(r), e.getMessage() + (context == null ? "" : " (" + context + ")"));
                continue;
            } catch (RuntimeException e) {
                out.reject(where(r), e.toString());
                continue;
            }
        }
        // the consumer's position also steps over what is no record (transaction markers)
        for (TopicPartition tp : partitions) {
            long at = consumer.position(tp, timeout);
            next.merge(tp.partition(), at, Math::max);
        }
    }

    private static String where(ConsumerRecord<?, ?> r) {
        return "partition " + r.partition() + " offset " + r.offset();
    }

    @Override
    public SourcePosition position() {
        return new SourcePosition.KafkaOffsets(next);
    }

    @Override
    public boolean finished() {
        return false;
    }

    @Override
    public SourcePosition catchUpTarget() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        TreeMap<Integer, Long> target = new TreeMap<>();
        for (var e : end.entrySet()) {
            target.put(e.getKey().partition(), e.getValue());
        }
        return new SourcePosition.KafkaOffsets(target);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
