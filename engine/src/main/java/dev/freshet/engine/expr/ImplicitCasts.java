package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;

/**
 * PostgreSQL's implicit conversions and type categories, as function and operator resolution uses
 * them: the casts of {@code pg_cast} with {@code castcontext = 'i'} between the types Freshet has,
 * and {@code pg_type.typcategory} / {@code typispreferred}.
 *
 * <p>An argument of kind {@link TypeKind#UNKNOWN} is an untyped literal ({@code 'text'} or {@code
 * NULL}); it converts to anything, by the target type's text input.
 */
final class ImplicitCasts {
    private ImplicitCasts() {}

    /** True if {@code a} and {@code b} are the same type, ignoring length and precision. */
    static boolean sameType(DataType a, DataType b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return a.kind() != TypeKind.ARRAY || sameType(a.elementType(), b.elementType());
    }

    /** True if a value of {@code from} converts to {@code to} without an explicit cast. */
    static boolean canCast(DataType from, DataType to) {
        if (from.kind() == TypeKind.UNKNOWN || sameType(from, to)) {
            return true;
        }
        TypeKind t = to.kind();
        return switch (from.kind()) {
            case SMALLINT ->
                    t == TypeKind.INTEGER
                            || t == TypeKind.BIGINT
                            || t == TypeKind.DECIMAL
                            || t == TypeKind.REAL
                            || t == TypeKind.DOUBLE;
            case INTEGER ->
                    t == TypeKind.BIGINT
                            || t == TypeKind.DECIMAL
                            || t == TypeKind.REAL
                            || t == TypeKind.DOUBLE;
            case BIGINT -> t == TypeKind.DECIMAL || t == TypeKind.REAL || t == TypeKind.DOUBLE;
            case DECIMAL -> t == TypeKind.REAL || t == TypeKind.DOUBLE;
            case REAL -> t == TypeKind.DOUBLE;
            case DATE -> t == TypeKind.TIMESTAMP || t == TypeKind.TIMESTAMPTZ;
            case TIMESTAMP -> t == TypeKind.TIMESTAMPTZ;
            case TIME -> t == TypeKind.INTERVAL;
            // arrays convert element by element (PostgreSQL's anycompatiblearray coercion)
            case ARRAY -> t == TypeKind.ARRAY && canCast(from.elementType(), to.elementType());
            default -> false;
        };
    }

    /** {@code typcategory}: B, N, S, D, T, U (user: jsonb, uuid, bytea), A (array), X (unknown). */
    static char category(DataType t) {
        return switch (t.kind()) {
            case BOOLEAN -> 'B';
            case SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, DOUBLE -> 'N';
            case VARCHAR -> 'S';
            case DATE, TIME, TIMESTAMP, TIMESTAMPTZ -> 'D';
            case INTERVAL -> 'T';
            case JSONB, UUID, BYTEA -> 'U';
            case ARRAY -> 'A';
            case UNKNOWN -> 'X';
        };
    }

    /** {@code typispreferred}: the type its category's values prefer to convert to. */
    static boolean isPreferred(DataType t) {
        return switch (t.kind()) {
            case BOOLEAN, DOUBLE, VARCHAR, TIMESTAMPTZ, INTERVAL -> true;
            default -> false;
        };
    }
}
