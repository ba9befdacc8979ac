package dev.freshet.tests;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * An external command to run to completion with a timeout, capturing stdout and stderr as text.
 *
 * <p>Both streams are drained on their own threads while the process runs, so a chatty process
 * cannot block on a full pipe. A process still running at the timeout is killed together with its
 * descendants.
 */
public final class ExternalCommand {
    private final List<String> command;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private @Nullable Path directory;
    private @Nullable String stdin;
    private Duration timeout = Duration.ofMinutes(2);

    private ExternalCommand(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** A command line: the program followed by its arguments, passed without any shell. */
    public static ExternalCommand of(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        return new ExternalCommand(command);
    }

    /** Sets an environment variable for the process (the rest is inherited). */
    public ExternalCommand env(String name, String value) {
        environment.put(requireNonNull(name), requireNonNull(value));
        return this;
    }

    /** Sets the working directory. */
    public ExternalCommand directory(Path dir) {
        this.directory = requireNonNull(dir);
        return this;
    }

    /** Text written to the process's standard input, which is then closed. */
    public ExternalCommand stdin(String text) {
        this.stdin = requireNonNull(text);
        return this;
    }

    /** How long to wait before killing the process. */
    public ExternalCommand timeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + limit);
        }
        this.timeout = limit;
        return this;
    }

    /** Runs the command and waits for it; a failure to start is an {@link UncheckedIOException}. */
    public CommandResult run() {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            if (stdin != null) {
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // The process may exit without reading its input; its exit code tells.
                }
            }
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            return new CommandResult(
                    command,
                    finished ? process.exitValue() : -1,
                    collect(out),
                    collect(err),
                    !finished);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual()
                .start(
                        () -> {
                            try (stream) {
                                text.complete(
                                        new String(stream.readAllBytes(), StandardCharsets.UTF_8));
                            } catch (IOException e) {
                                text.complete("<output lost: " + e + ">");
                            }
                        });
        return text;
    }

    private static String collect(CompletableFuture<String> text) throws InterruptedException {
        try {
            // A killed process's descendants may still hold the pipe: do not wait forever.
            return text.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return "<output not collected: " + e + ">";
        }
    }
}
