package dev.freshet.engine.ir;

import java.util.List;

/**
 * A node of the physical plan: the engine's own IR, free of Calcite. Immutable; rewrites make
 * copies. The same plan drives the incremental dataflow (for views) and one-shot execution (for
 * ad-hoc queries). Switches over plan nodes are exhaustive without a default, so a new node kind
 * fails compilation wherever it is not handled.
 */
public sealed interface PlanNode
        permits ScanNode,
                ValuesNode,
                FilterNode,
                ProjectNode,
                AggregateNode,
                JoinNode,
                UnionNode,
                SortNode,
                ChangelogNode,
                SeriesNode,
                HopNode,
                WindowNode,
                TopNNode,
                LookupNode,
                ReplicateNode,
                TemporalFilterNode {

    /** Output columns. */
    List<Field> fields();

    /** Inputs, in port order. */
    List<PlanNode> inputs();

    /** A copy with new inputs (same count). */
    PlanNode withInputs(List<PlanNode> newInputs);

    /** One-line description for EXPLAIN, without inputs. */
    String explain();
}
