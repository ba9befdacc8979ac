package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;

/**
 * A scalar expression over the columns of a batch: an immutable tree, evaluated a batch at a time
 * by {@link ExprEvaluator}. Built by the planner from Calcite's RexNodes; every node carries its
 * result type.
 */
public sealed interface Expr permits InputRef, Literal, Param, Call, CaseWhen {
    DataType type();

    /** The expression as EXPLAIN prints it. */
    String explain();
}
