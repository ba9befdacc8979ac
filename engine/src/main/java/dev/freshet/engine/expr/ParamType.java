package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.Objects;

/**
 * A parameter or result type in a function's signature: a concrete type, or one of PostgreSQL's
 * polymorphic pseudo-types, which take their type from the arguments of each call.
 */
public sealed interface ParamType permits ParamType.Concrete, ParamType.Poly {

    /** A parameter of exactly this type (length and precision modifiers are ignored). */
    record Concrete(DataType type) implements ParamType {
        public Concrete {
            Objects.requireNonNull(type);
        }
    }

    /**
     * The pseudo-types. Every {@code ANY_ELEMENT}, {@code ANY_NON_ARRAY} and the elements of every
     * {@code ANY_ARRAY} of one call share one type: the common type of their arguments, as
     * PostgreSQL's {@code anycompatible} family resolves it. {@code ANY} accepts any argument as it
     * is (PostgreSQL's {@code "any"}).
     */
    enum Poly implements ParamType {
        ANY_ELEMENT,
        ANY_NON_ARRAY,
        ANY_ARRAY,
        ANY
    }

    static ParamType of(DataType type) {
        return new Concrete(type);
    }
}
