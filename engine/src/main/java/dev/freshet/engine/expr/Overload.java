package dev.freshet.engine.expr;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One signature of a function or operator, as a {@code pg_proc} row: parameter types, an optional
 * variadic parameter that takes any number of further arguments, the result type and the kernel.
 */
public record Overload(
        List<ParamType> params,
        @Nullable ParamType variadic,
        ParamType result,
        Resolution.Binder binder) {
    public Overload {
        params = List.copyOf(params);
        Objects.requireNonNull(result);
        Objects.requireNonNull(binder);
    }

    /** True if a call with {@code n} arguments fits the parameter count. */
    boolean accepts(int n) {
        return variadic == null ? n == params.size() : n >= params.size();
    }

    /** The parameter type at argument position {@code i}. */
    ParamType param(int i) {
        return i < params.size() ? params.get(i) : Objects.requireNonNull(variadic);
    }
}
