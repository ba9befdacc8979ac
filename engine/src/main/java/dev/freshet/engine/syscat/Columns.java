package dev.freshet.engine.syscat;

import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Column lists of system tables written as PostgreSQL declares them ({@code "relname name"}, {@code
 * "relacl text[]"}), mapped onto our types: {@code oid} and the {@code reg*} types are integers,
 * {@code name} and {@code "char"} are strings, {@code int2vector} and {@code oidvector} arrays.
 */
final class Columns {
    private Columns() {}

    static List<ColumnDef> of(String... declarations) {
        List<ColumnDef> out = new ArrayList<>(declarations.length);
        for (String d : declarations) {
            int space = d.indexOf(' ');
            out.add(new ColumnDef(d.substring(0, space), type(d.substring(space + 1)), true, null));
        }
        return out;
    }

    static DataType type(String name) {
        if (name.endsWith("[]")) {
            return DataType.array(type(name.substring(0, name.length() - 2)));
        }
        return switch (name) {
            case "oid", "regproc", "regclass", "regtype", "int4", "xid" -> DataType.INTEGER;
            case "int2" -> DataType.SMALLINT;
            case "int8" -> DataType.BIGINT;
            case "float4" -> DataType.REAL;
            case "float8" -> DataType.DOUBLE;
            case "bool" -> DataType.BOOLEAN;
            case "name", "text", "char", "yes_or_no", "inet" -> DataType.VARCHAR;
            case "int2vector" -> DataType.array(DataType.SMALLINT);
            case "oidvector" -> DataType.array(DataType.INTEGER);
            case "timestamptz" -> DataType.TIMESTAMPTZ;
            default -> throw new IllegalArgumentException("system column type " + name);
        };
    }

    /** A row in the Java mapping of values: Integer and Short become Long. */
    static Object[] row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Integer n) {
                values[i] = n.longValue();
            } else if (values[i] instanceof Short n) {
                values[i] = n.longValue();
            } else if (values[i] instanceof Character c) {
                values[i] = c.toString();
            } else if (values[i] instanceof List<?> list) {
                List<Object> copy = new ArrayList<>(list.size());
                for (Object o : list) {
                    copy.add(o instanceof Integer n ? (Object) n.longValue() : o);
                }
                values[i] = copy;
            }
        }
        return values;
    }
}
