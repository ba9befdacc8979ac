package dev.freshet.engine.api;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Optional;

/**
 * A parsed and analysed statement, ready to execute any number of times with parameter values: what
 * the extended protocol's Parse creates and Describe reports.
 */
public interface Prepared {
    /** The statement's SQL text. */
    String sql();

    /** Types of {@code $1..$n}, inferred from use when the client did not say. */
    List<DataType> parameterTypes();

    /** The result columns if the statement returns rows; empty for NoData. */
    Optional<List<ResultColumn>> resultColumns();

    /** True if the text held no statement at all. */
    boolean isEmpty();
}
