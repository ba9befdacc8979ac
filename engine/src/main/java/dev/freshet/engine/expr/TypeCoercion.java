package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import java.util.Optional;

/**
 * PostgreSQL's implicit conversions for operators: the common type two operands are cast to before
 * a comparison or arithmetic. Numbers widen (smallint → integer → bigint → numeric → real → double
 * precision), text takes the other side's type (as an untyped literal does), dates widen to
 * timestamps and timestamps to timestamptz.
 */
public final class TypeCoercion {
    private TypeCoercion() {}

    /** The type both operands convert to, if any. */
    public static Optional<DataType> commonType(DataType a, DataType b) {
        TypeKind x = a.kind();
        TypeKind y = b.kind();
        if (x == TypeKind.UNKNOWN) {
            return Optional.of(b.unconstrained());
        }
        if (y == TypeKind.UNKNOWN) {
            return Optional.of(a.unconstrained());
        }
        if (x == y) {
            if (x == TypeKind.ARRAY) {
                return commonType(a.elementType(), b.elementType()).map(DataType::array);
            }
            return Optional.of(a.unconstrained());
        }
        if (x.isNumeric() && y.isNumeric()) {
            return Optional.of(rank(x) >= rank(y) ? a.unconstrained() : b.unconstrained());
        }
        if (x == TypeKind.VARCHAR) {
            return Optional.of(b.unconstrained());
        }
        if (y == TypeKind.VARCHAR) {
            return Optional.of(a.unconstrained());
        }
        if (x.isTemporal() && y.isTemporal()) {
            if (x == TypeKind.TIME || y == TypeKind.TIME) {
                return Optional.empty();
            }
            if (x == TypeKind.TIMESTAMPTZ || y == TypeKind.TIMESTAMPTZ) {
                return Optional.of(DataType.TIMESTAMPTZ);
            }
            return Optional.of(DataType.TIMESTAMP);
        }
        return Optional.empty();
    }

    private static int rank(TypeKind k) {
        return switch (k) {
            case SMALLINT -> 1;
            case INTEGER -> 2;
            case BIGINT -> 3;
            case DECIMAL -> 4;
            case REAL -> 5;
            case DOUBLE -> 6;
            default -> 0;
        };
    }

    /** {@code expr} cast to {@code target} (itself if already of that type). */
    public static Expr castTo(Expr expr, DataType target) {
        DataType from = expr.type();
        if (from.equals(target)) {
            return expr;
        }
        if (expr instanceof Literal l && l.isNull()) {
            return Literal.nullOf(target);
        }
        if (from.physical() == target.physical()
                && from.kind() == target.kind()
                && target.precision() < 0
                && target.scale() < 0) {
            // dropping a typmod never changes a value
            return expr;
        }
        return new Call(
                CastFunctions.cast(from, target, CastFunctions.Mode.EXPLICIT),
                java.util.List.of(expr),
                target);
    }
}
