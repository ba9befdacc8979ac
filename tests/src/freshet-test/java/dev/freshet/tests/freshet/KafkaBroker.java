package dev.freshet.tests.freshet;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker for tests: one child JVM running {@code kafka.Kafka} in KRaft mode as a
 * combined broker and controller on ephemeral ports of 127.0.0.1, from the Kafka jars on this JVM's
 * classpath (the tests module's test dependencies). The storage is formatted first; closing stops
 * the process and deletes its directory. The broker's output goes to {@code broker.log} in that
 * directory (printed when it fails to start).
 */
final class KafkaBroker implements AutoCloseable {
    private static final long START_DEADLINE_MILLIS = 120_000;

    private final Path dir;
    private final Process process;
    private final int port;

    private KafkaBroker(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** Formats storage, starts the broker and returns once it answers an admin request. */
    static KafkaBroker start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("freshet-kafka-");
        int port = freePort();
        int controller = freePort();
        Path config = dir.resolve("server.properties");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controller,
                        "controller.listener.names=CONTROLLER",
                        "listeners=PLAINTEXT://127.0.0.1:"
                                + port
                                + ",CONTROLLER://127.0.0.1:"
                                + controller,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "inter.broker.listener.name=PLAINTEXT",
                        "log.dirs=" + dir.resolve("data"),
                        "num.partitions=1",
                        "auto.create.topics.enable=false",
                        "offsets.topic.replication.factor=1",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        ""));
        Path log = dir.resolve("broker.log");
        Process format =
                java(
                        dir,
                        log,
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString());
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException("formatting Kafka storage failed:\n" + read(log));
        }
        Process broker = java(dir, log, "kafka.Kafka", config.toString());
        KafkaBroker b = new KafkaBroker(dir, broker, port);
        try {
            b.awaitReady();
        } catch (RuntimeException | Error e) {
            String output = read(log);
            b.close();
            throw new IllegalStateException("the Kafka broker did not start:\n" + output, e);
        }
        return b;
    }

    private static Process java(Path dir, Path log, String main, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1"); // starts faster; the broker does little work here
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_DEADLINE_MILLIS * 1_000_000;
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue());
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (java.util.concurrent.ExecutionException
                    | java.util.concurrent.TimeoutException
                    | RuntimeException e) {
                last = new IllegalStateException(e);
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("no answer within the deadline", last);
    }

    /** {@code host:port} for {@code properties.bootstrap.server}. */
    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        return Admin.create(p);
    }

    /** Creates a topic with {@code partitions} partitions and waits for it. */
    void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
                    .all()
                    .get(60, TimeUnit.SECONDS);
            // wait until the broker knows every partition's leader
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                var d =
                        admin.describeTopics(List.of(name))
                                .allTopicNames()
                                .get(10, TimeUnit.SECONDS);
                if (d.get(name).partitions().stream().allMatch(p -> p.leader() != null)) {
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    /** A port that was free a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        FreshetTestDatabase.deleteTree(dir);
    }

    private static String read(Path log) {
        try {
            String s = Files.exists(log) ? Files.readString(log) : "";
            return s.length() > 20_000 ? s.substring(s.length() - 20_000) : s;
        } catch (IOException e) {
            return e.toString();
        }
    }
}
