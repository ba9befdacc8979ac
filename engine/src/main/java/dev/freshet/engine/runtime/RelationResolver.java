package dev.freshet.engine.runtime;

import dev.freshet.engine.ir.RelationRef;
import dev.freshet.engine.state.RelationStore;

/** Finds the committed store of a relation a plan reads. */
@FunctionalInterface
interface RelationResolver {
    RelationStore store(RelationRef relation);
}
