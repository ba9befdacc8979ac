package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A function or operator resolved for the argument types of one call: the type each argument is
 * converted to, the result type, and how to make the kernel once the converted arguments are known
 * (a kernel may specialize on constant arguments, e.g. a LIKE pattern compiled once).
 */
public record Resolution(List<DataType> argTypes, DataType resultType, Binder binder) {

    /** Makes the kernel for the converted arguments. */
    @FunctionalInterface
    public interface Binder {
        /**
         * @param args the call's arguments, already of {@link #argTypes()}
         * @param resultType the resolved result type
         */
        ScalarFunction bind(List<Expr> args, DataType resultType);
    }

    public Resolution {
        argTypes = List.copyOf(argTypes);
        Objects.requireNonNull(resultType);
        Objects.requireNonNull(binder);
    }

    /** The kernel for {@code args} (already converted to {@link #argTypes()}). */
    public ScalarFunction bind(List<Expr> args) {
        return binder.bind(args, resultType);
    }
}
