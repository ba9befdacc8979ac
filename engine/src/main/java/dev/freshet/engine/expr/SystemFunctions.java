package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;

/** Functions about values rather than of them: {@code pg_typeof}. */
final class SystemFunctions {
    private SystemFunctions() {}

    static void register(FunctionLibrary lib) {
        lib.define(
                "pg_typeof",
                ParamType.of(DataType.VARCHAR),
                null,
                (args, result) -> {
                    String name = typeName(args.get(0).type());
                    // not strict: pg_typeof(NULL::int) is integer
                    return new RowFunction("pg_typeof", result, false, false, (v, ctx) -> name);
                },
                ParamType.Poly.ANY);
    }

    /** The name {@code regtype} output gives a type. */
    static String typeName(DataType t) {
        return switch (t.kind()) {
            case VARCHAR -> t.precision() >= 0 ? "character varying" : "text";
            case ARRAY -> typeName(t.elementType()) + "[]";
            case UNKNOWN -> "unknown";
            case TIME -> "time without time zone";
            case TIMESTAMP -> "timestamp without time zone";
            case TIMESTAMPTZ -> "timestamp with time zone";
            default -> t.kind() == TypeKind.DECIMAL ? "numeric" : t.kind().sqlName();
        };
    }
}
