package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Objects;

/** A call of a resolved scalar function. */
public record Call(ScalarFunction function, List<Expr> args, DataType type) implements Expr {
    public Call {
        Objects.requireNonNull(function);
        args = List.copyOf(args);
        Objects.requireNonNull(type);
    }

    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder(function.name()).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(args.get(i).explain());
        }
        return sb.append(')').toString();
    }
}
