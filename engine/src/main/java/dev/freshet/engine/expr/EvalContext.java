package dev.freshet.engine.expr;

import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * What expression kernels may consult besides their arguments: the session time zone, the statement
 * (or epoch) timestamp, a random source, and what to do when a row's value cannot be computed.
 *
 * <p>Ad-hoc queries and DML fail the statement on the first bad row ({@link ErrorPolicy#FAIL}).
 * Streaming views must not stop because one row divides by zero: they use {@link
 * ErrorPolicy#NULL_ON_ERROR}, the row's value becomes NULL and the error is counted and kept for
 * inspection. Not thread safe: one per operator or statement.
 */
public final class EvalContext {
    /** How kernels react to a row they cannot compute. */
    public enum ErrorPolicy {
        FAIL,
        NULL_ON_ERROR
    }

    private final ErrorPolicy policy;
    private ZoneId timeZone;
    private long nowMicros;
    private final SplittableRandom random;
    private long suppressedErrors;
    private @Nullable FreshetException lastError;
    private @Nullable String owner;
    private dev.freshet.engine.spi.Extensions.@Nullable Services services;
    private @Nullable SessionInfo session;
    private @Nullable Runnable interruptCheck;

    public EvalContext(ErrorPolicy policy, ZoneId timeZone, long nowMicros, long seed) {
        this.policy = Objects.requireNonNull(policy);
        this.timeZone = Objects.requireNonNull(timeZone);
        this.nowMicros = nowMicros;
        this.random = new SplittableRandom(seed);
    }

    /** A context for one statement: fail on error, UTC, now = wall clock. */
    public static EvalContext forStatement(ZoneId zone) {
        return new EvalContext(ErrorPolicy.FAIL, zone, currentMicros(), System.nanoTime());
    }

    public static long currentMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    public ErrorPolicy policy() {
        return policy;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId zone) {
        this.timeZone = Objects.requireNonNull(zone);
    }

    /** now(), current_timestamp: µs since epoch, fixed for a statement or an epoch. */
    public long nowMicros() {
        return nowMicros;
    }

    public void setNowMicros(long micros) {
        this.nowMicros = micros;
    }

    /** The session and catalog the statement runs in; null inside streaming views. */
    public @Nullable SessionInfo session() {
        return session;
    }

    public EvalContext withSession(@Nullable SessionInfo info) {
        this.session = info;
        return this;
    }

    public SplittableRandom random() {
        return random;
    }

    /**
     * Reports that a row's value cannot be computed. Under {@link ErrorPolicy#FAIL} this throws
     * {@code error}; otherwise it records it and returns, and the caller makes the value NULL.
     */
    public void fail(FreshetException error) {
        if (policy == ErrorPolicy.FAIL) {
            throw error;
        }
        suppressedErrors++;
        lastError = error;
    }

    public long suppressedErrors() {
        return suppressedErrors;
    }

    public @Nullable FreshetException lastError() {
        return lastError;
    }

    /** The view whose operators use this context, or null for a statement. */
    public @Nullable String owner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    /** Sets the database's SPI services that kernels and SPI aggregates may use. */
    public void setServices(dev.freshet.engine.spi.Extensions.@Nullable Services services) {
        this.services = services;
    }

    /**
     * The database service implementing {@code type} (e.g. the model registry), or an error when no
     * provider offers one.
     */
    public <T> T service(Class<T> type) {
        T s = services == null ? null : services.find(type);
        if (s == null) {
            throw new FreshetException(
                    dev.freshet.sql.error.ErrorCode.FEATURE_NOT_SUPPORTED,
                    "no database service " + type.getSimpleName() + " is available here");
        }
        return s;
    }

    /**
     * Installs the check {@link #checkInterrupted()} runs: it throws (57014) when the statement was
     * cancelled or ran out of time.
     */
    public void setInterruptCheck(@Nullable Runnable check) {
        this.interruptCheck = check;
    }

    /**
     * Throws if the statement this context serves was cancelled or timed out. Called once per batch
     * by the executors, so a long query stops within a batch of work.
     */
    public void checkInterrupted() {
        Runnable check = interruptCheck;
        if (check != null) {
            check.run();
        }
    }

    static ZoneId utc() {
        return ZoneOffset.UTC;
    }
}
