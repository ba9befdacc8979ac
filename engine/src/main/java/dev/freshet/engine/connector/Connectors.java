package dev.freshet.engine.connector;

import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.SourceInfo;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The connectors CREATE SOURCE knows: checks a definition when it is created ({@link #prepare}) and
 * opens readers for it ({@link #open}). Connector option names follow RisingWave's.
 */
public final class Connectors {
    /** How long CREATE SOURCE waits for a Kafka broker unless default.api.timeout.ms says less. */
    static final long KAFKA_CREATE_TIMEOUT_MS = 10_000;

    private Connectors() {}

    /**
     * A checked definition: the options with CREATE-time choices pinned, and where reading starts.
     */
    public record Prepared(SourceInfo info, SourcePosition start) {}

    /**
     * Checks {@code info} for a source with {@code columns} and resolves where it starts reading
     * (Kafka: asks the broker for the topic's partitions and offsets, waiting a bounded time).
     * Errors: unknown connector or encoding 0A000, missing or unknown options 22023, a broker that
     * cannot be reached HV00N, a topic that does not exist HV00R.
     */
    public static Prepared prepare(SourceInfo info, List<ColumnDef> columns) {
        return switch (info.connector()) {
            case "datagen" -> {
                LinkedHashMap<String, String> options = new LinkedHashMap<>(info.options());
                for (ColumnDef c : columns) {
                    TypeKind k = c.type().kind();
                    String p = "fields." + c.name().toLowerCase(Locale.ROOT) + ".";
                    boolean random =
                            !options.getOrDefault(p + "kind", "random")
                                    .equalsIgnoreCase("sequence");
                    if (random
                            && (k == TypeKind.TIMESTAMP || k == TypeKind.TIMESTAMPTZ)
                            && !options.containsKey(p + "basetime")) {
                        options.put(
                                p + "basetime",
                                java.time.Instant.ofEpochMilli(System.currentTimeMillis())
                                        .toString());
                    }
                }
                SourceInfo pinned =
                        new SourceInfo(
                                info.connector(), options, info.encode(), info.encodeOptions());
                SourceOptions o = new SourceOptions("datagen", options);
                DatagenReader.open(o, columns, 0).close();
                o.checkAllUsed();
                yield new Prepared(pinned, new SourcePosition.Sequence(0));
            }
            case "kafka" -> {
                decoder(info, columns);
                SourceOptions o = new SourceOptions("kafka", info.options());
                String topic = o.require("topic", "bids");
                String mode = o.get("scan.startup.mode", "earliest").toLowerCase(Locale.ROOT);
                if (!mode.equals("earliest") && !mode.equals("latest")) {
                    throw o.invalid("scan.startup.mode", mode, "earliest or latest");
                }
                String fromText = o.get("scan.startup.timestamp.millis");
                long fromMillis = -1;
                if (fromText != null) {
                    fromMillis = o.getLong("scan.startup.timestamp.millis", -1);
                    if (fromMillis < 0) {
                        throw o.invalid(
                                "scan.startup.timestamp.millis", fromText, "a time in ms >= 0");
                    }
                }
                Properties props = kafkaProperties(o);
                o.checkAllUsed();
                Duration timeout = createTimeout(props);
                try (KafkaConsumer<byte[], byte[]> consumer = consumer(props)) {
                    List<PartitionInfo> parts;
                    try {
                        // listing is one round trip; partitionsFor waits out the timeout for a
                        // topic that does not exist
                        Map<String, List<PartitionInfo>> topics = consumer.listTopics(timeout);
                        parts = topics.get(topic);
                    } catch (org.apache.kafka.common.errors.TimeoutException e) {
                        throw new FreshetException(
                                        ErrorCode.FDW_UNABLE_TO_ESTABLISH_CONNECTION,
                                        "could not reach Kafka at "
                                                + props.getProperty(
                                                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)
                                                + " within "
                                                + timeout.toMillis()
                                                + " ms")
                                .withHint(
                                        "Check properties.bootstrap.server; raise"
                                                + " properties.default.api.timeout.ms to wait"
                                                + " longer.");
                    }
                    if (parts == null || parts.isEmpty()) {
                        throw new FreshetException(
                                ErrorCode.FDW_TABLE_NOT_FOUND,
                                "Kafka topic \"" + topic + "\" does not exist");
                    }
                    List<TopicPartition> tps =
                            parts.stream()
                                    .map(p -> new TopicPartition(topic, p.partition()))
                                    .toList();
                    Map<TopicPartition, Long> offsets =
                            mode.equals("earliest") && fromMillis < 0
                                    ? consumer.beginningOffsets(tps, timeout)
                                    : consumer.endOffsets(tps, timeout);
                    TreeMap<Integer, Long> start = new TreeMap<>();
                    offsets.forEach((tp, off) -> start.put(tp.partition(), off));
                    if (fromMillis >= 0) {
                        // the first record at or after the time; none: the end of the partition
                        Map<TopicPartition, Long> times = new java.util.HashMap<>();
                        for (TopicPartition tp : tps) {
                            times.put(tp, fromMillis);
                        }
                        consumer.offsetsForTimes(times, timeout)
                                .forEach(
                                        (tp, at) -> {
                                            if (at != null) {
                                                start.put(tp.partition(), at.offset());
                                            }
                                        });
                    }
                    yield new Prepared(info, new SourcePosition.KafkaOffsets(start));
                } catch (KafkaException e) {
                    throw new FreshetException(
                            ErrorCode.FDW_UNABLE_TO_ESTABLISH_CONNECTION,
                            "Kafka: " + e.getMessage());
                }
            }
            default ->
                    throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED,
                                    "unknown connector \"" + info.connector() + "\"")
                            .withHint("The connectors are kafka and datagen.");
        };
    }

    /** Opens a reader of a prepared source, going on from {@code from}. */
    public static SourceReader open(SourceInfo info, List<ColumnDef> columns, SourcePosition from) {
        return switch (from) {
            case SourcePosition.Sequence s ->
                    DatagenReader.open(
                            new SourceOptions("datagen", info.options()), columns, s.next());
            case SourcePosition.KafkaOffsets k -> {
                SourceOptions o = new SourceOptions("kafka", info.options());
                String topic = o.require("topic", "bids");
                Properties props = kafkaProperties(o);
                yield new KafkaReader(
                        consumer(props), topic, k, decoder(info, columns), createTimeout(props));
            }
        };
    }

    private static Duration createTimeout(Properties props) {
        String t = props.getProperty(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG);
        long ms = KAFKA_CREATE_TIMEOUT_MS;
        if (t != null) {
            try {
                ms = Math.min(ms, Long.parseLong(t.trim()));
            } catch (NumberFormatException e) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "invalid value for option properties.default.api.timeout.ms: \""
                                + t
                                + "\"");
            }
        }
        return Duration.ofMillis(ms);
    }

    /**
     * The consumer configuration: {@code properties.bootstrap.server} and any other {@code
     * properties.<consumer config>}; what makes the reader exact (no auto commit, byte arrays) is
     * ours.
     */
    private static Properties kafkaProperties(SourceOptions o) {
        Properties props = new Properties();
        props.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                o.require("properties.bootstrap.server", "127.0.0.1:9092"));
        for (String key : o.keys()) {
            if (!key.startsWith("properties.") || key.equals("properties.bootstrap.server")) {
                continue;
            }
            String name = key.substring("properties.".length());
            if (!ConsumerConfig.configNames().contains(name)
                    || name.endsWith(".deserializer")
                    || name.equals(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG)) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "unrecognized option \"" + key + "\" for the kafka connector");
            }
            props.put(name, o.get(key));
        }
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "freshet-source");
        // one poll is one epoch's input: Kafka's default of 500 records makes epochs too small
        props.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "8192");
        return props;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Properties props) {
        try {
            return new KafkaConsumer<>(
                    props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        } catch (KafkaException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "invalid Kafka configuration: " + cause.getMessage());
        }
    }

    private static RowDecoder decoder(SourceInfo info, List<ColumnDef> columns) {
        Map<String, String> eo = info.encodeOptions();
        return switch (info.encode()) {
            case "JSON" -> {
                if (!eo.isEmpty()) {
                    throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "unrecognized option \""
                                    + eo.keySet().iterator().next()
                                    + "\" for ENCODE JSON");
                }
                yield new JsonRowDecoder(columns, ZoneOffset.UTC);
            }
            case "CSV" -> {
                byte delimiter = ',';
                boolean skipHeaders = false;
                for (var e : eo.entrySet()) {
                    switch (e.getKey()) {
                        case "delimiter" -> {
                            byte[] d = e.getValue().getBytes(StandardCharsets.UTF_8);
                            if (d.length != 1 || d[0] == '"' || d[0] == '\n' || d[0] == '\r') {
                                throw new FreshetException(
                                        ErrorCode.INVALID_PARAMETER_VALUE,
                                        "the CSV delimiter must be one character, not \""
                                                + e.getValue()
                                                + "\"");
                            }
                            delimiter = d[0];
                        }
                        case "without_header" ->
                                skipHeaders = !e.getValue().equalsIgnoreCase("true");
                        default ->
                                throw new FreshetException(
                                        ErrorCode.INVALID_PARAMETER_VALUE,
                                        "unrecognized option \""
                                                + e.getKey()
                                                + "\" for ENCODE CSV");
                    }
                }
                yield new CsvRowDecoder(columns, delimiter, skipHeaders, ZoneOffset.UTC);
            }
            case "" ->
                    throw new FreshetException(
                                    ErrorCode.SYNTAX_ERROR,
                                    "a kafka source needs FORMAT PLAIN ENCODE JSON or ENCODE CSV")
                            .withHint("Add FORMAT PLAIN ENCODE JSON after the WITH options.");
            default ->
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "ENCODE " + info.encode() + " is not supported; use JSON or CSV");
        };
    }
}
