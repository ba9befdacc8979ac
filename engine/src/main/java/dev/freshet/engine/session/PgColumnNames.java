package dev.freshet.engine.session;

import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * The column name PostgreSQL gives an unaliased select item: the column's own name, the function's
 * name ({@code count}, {@code round}), the type name for a cast of a constant, {@code case} for
 * CASE, otherwise {@code ?column?}.
 */
final class PgColumnNames {
    private PgColumnNames() {}

    static String derive(SqlNode item) {
        if (item instanceof SqlIdentifier id) {
            return id.isStar() ? "?column?" : id.names.get(id.names.size() - 1);
        }
        if (item instanceof SqlCall call) {
            SqlKind kind = call.getKind();
            if (kind == SqlKind.CAST && call.operandCount() == 2) {
                SqlNode inner = call.operand(0);
                String innerName = derive(inner);
                if (!innerName.equals("?column?")) {
                    return innerName;
                }
                if (call.operand(1) instanceof SqlDataTypeSpec spec) {
                    return pgTypeName(spec.getTypeName().getSimple().toLowerCase(Locale.ROOT));
                }
                return "?column?";
            }
            if (kind == SqlKind.CASE) {
                return "case";
            }
            if (kind == SqlKind.OVER) {
                return derive(call.operand(0));
            }
            if (kind == SqlKind.AS) {
                return derive(call.operand(0));
            }
            if (call instanceof SqlBasicCall b
                    && b.getOperator() instanceof org.apache.calcite.sql.SqlFunction) {
                return b.getOperator().getName().toLowerCase(Locale.ROOT);
            }
        }
        return "?column?";
    }

    private static String pgTypeName(String sqlName) {
        return switch (sqlName) {
            case "integer" -> "int4";
            case "bigint" -> "int8";
            case "smallint" -> "int2";
            case "double" -> "float8";
            case "real" -> "float4";
            case "boolean" -> "bool";
            case "decimal" -> "numeric";
            case "varchar" -> "varchar";
            default -> sqlName;
        };
    }
}
