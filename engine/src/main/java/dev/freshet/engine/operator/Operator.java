package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node of the running dataflow. Receives weighted batches on numbered input ports, keeps whatever
 * state its algebra needs, and emits batches to its downstream operators.
 *
 * <p>Lifecycle within an epoch: any number of {@link #push} calls (an operator may emit from inside
 * them), then one {@link #endEpoch} call, made in topological order, so an operator's end-of-epoch
 * output reaches its consumers before their own end of epoch. Operators run on the epoch thread
 * only; they are not thread safe.
 */
public abstract class Operator {
    /** A connection to a consumer's input port. */
    public record Edge(Operator target, int port) {
        public Edge {
            Objects.requireNonNull(target);
        }
    }

    private final List<Edge> downstream = new ArrayList<>();

    /** Sends this operator's output to {@code target}'s input {@code port}. */
    public final void connect(Operator target, int port) {
        downstream.add(new Edge(target, port));
    }

    /** Stops sending output to {@code target}. */
    public final void disconnect(Operator target) {
        downstream.removeIf(e -> e.target() == target);
    }

    public final List<Edge> downstream() {
        return List.copyOf(downstream);
    }

    /** Consumes a batch arriving on input {@code port}. */
    public abstract void push(int port, Batch batch);

    /** Flushes output buffered during the epoch (aggregates emit their changed groups here). */
    public void endEpoch() {}

    /**
     * A watermark arrives on input {@code port}: no row with a value below {@code value} in column
     * {@code column} will arrive on that port any more (values are the column's {@code long}
     * encoding: µs for timestamps). Operators forward it, mapped to their output columns, and may
     * free state that can no longer change. The default forwards nothing.
     */
    public void onWatermark(int port, int column, long value) {}

    /** Short name for EXPLAIN and metrics. */
    public abstract String label();

    /** Approximate bytes of state held (0 for stateless operators). */
    public long stateBytes() {
        return 0;
    }

    /** Sends a watermark on output column {@code column} to every consumer. */
    protected final void emitWatermark(int column, long value) {
        for (int i = 0; i < downstream.size(); i++) {
            Edge e = downstream.get(i);
            e.target().onWatermark(e.port(), column, value);
        }
    }

    /** Sends {@code batch} to every consumer (skipping empty batches). */
    protected final void emit(Batch batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (int i = 0; i < downstream.size(); i++) {
            Edge e = downstream.get(i);
            e.target().push(e.port(), batch);
        }
    }
}
