package dev.freshet.engine.type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The built-in types as {@code pg_type} lists them: Freshet's own types under their PostgreSQL
 * OIDs, their array types, and the catalog's own types ({@code text}, {@code name}, {@code "char"},
 * {@code oid} and the {@code reg*} types) that our catalog tables and clients use. {@link
 * #formatType} prints a type as PostgreSQL's {@code format_type} does.
 */
public final class PgTypes {
    private PgTypes() {}

    /**
     * One row of {@code pg_type}.
     *
     * @param oid type OID
     * @param name {@code typname}
     * @param length {@code typlen} (-1 variable)
     * @param category {@code typcategory} (N numeric, S string, B boolean, D date/time, A array,
     *     ...)
     * @param element the element type of an array type, else 0
     * @param array the array type of this type, else 0
     * @param display the name {@code format_type} prints
     */
    public record PgType(
            int oid,
            String name,
            int length,
            char category,
            int element,
            int array,
            String display) {
        /** {@code typcollation}: 100 (default) for the string types, else 0. */
        public int collation() {
            return category == 'S' ? 100 : 0;
        }

        /** {@code typbyval}. */
        public boolean byValue() {
            return length > 0 && length <= 8;
        }
    }

    public static final int TEXT = 25;
    public static final int NAME = 19;
    public static final int CHAR = 18;
    public static final int OID = 26;
    public static final int REGPROC = 24;
    public static final int REGCLASS = 2205;
    public static final int REGTYPE = 2206;
    public static final int REGNAMESPACE = 4089;
    public static final int REGROLE = 4096;
    public static final int BPCHAR = 1042;

    private static final Map<Integer, PgType> BY_OID = build();

    private static Map<Integer, PgType> build() {
        Map<Integer, PgType> m = new TreeMap<>();
        for (TypeKind k : TypeKind.values()) {
            if (k == TypeKind.ARRAY) {
                continue;
            }
            char cat = category(k);
            add(m, k.oid(), k.pgName(), k.typlen(), cat, k.arrayOid(), k.sqlName());
        }
        add(m, TEXT, "text", -1, 'S', 1009, "text");
        add(m, NAME, "name", 64, 'S', 1003, "name");
        add(m, CHAR, "char", 1, 'Z', 1002, "\"char\"");
        add(m, BPCHAR, "bpchar", -1, 'S', 1014, "character");
        add(m, OID, "oid", 4, 'N', 1028, "oid");
        add(m, REGPROC, "regproc", 4, 'N', 1008, "regproc");
        add(m, REGCLASS, "regclass", 4, 'N', 2210, "regclass");
        add(m, REGTYPE, "regtype", 4, 'N', 2211, "regtype");
        add(m, REGNAMESPACE, "regnamespace", 4, 'N', 4090, "regnamespace");
        add(m, REGROLE, "regrole", 4, 'N', 4097, "regrole");
        add(m, 22, "int2vector", -1, 'A', 0, "int2vector");
        add(m, 30, "oidvector", -1, 'A', 0, "oidvector");
        add(m, 2249, "record", -1, 'P', 2287, "record");
        add(m, 2276, "any", 4, 'P', 0, "\"any\"");
        add(m, 2277, "anyarray", -1, 'P', 0, "anyarray");
        add(m, 2283, "anyelement", 4, 'P', 0, "anyelement");
        add(m, 2278, "void", 4, 'P', 0, "void");
        return Collections.unmodifiableMap(m);
    }

    private static void add(
            Map<Integer, PgType> m,
            int oid,
            String name,
            int length,
            char category,
            int array,
            String display) {
        m.put(oid, new PgType(oid, name, length, category, 0, array, display));
        if (array != 0 && !m.containsKey(array)) {
            String arrayName = "_" + name;
            m.put(array, new PgType(array, arrayName, -1, 'A', oid, 0, display + "[]"));
        }
    }

    private static char category(TypeKind k) {
        return switch (k) {
            case BOOLEAN -> 'B';
            case SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> 'N';
            case VARCHAR -> 'S';
            case BYTEA, UUID, JSONB -> 'U';
            case DATE, TIME, TIMESTAMP, TIMESTAMPTZ -> 'D';
            case INTERVAL -> 'T';
            case ARRAY -> 'A';
            case UNKNOWN -> 'X';
        };
    }

    /** Every type, by OID. */
    public static List<PgType> all() {
        return new ArrayList<>(BY_OID.values());
    }

    public static @Nullable PgType byOid(long oid) {
        return oid < 0 || oid > Integer.MAX_VALUE ? null : BY_OID.get((int) oid);
    }

    /** The OID of a type by {@code typname} or its printed name, or -1. */
    public static int oidOf(String name) {
        String n = name.strip();
        for (PgType t : BY_OID.values()) {
            if (t.name().equalsIgnoreCase(n) || t.display().equalsIgnoreCase(n)) {
                return t.oid();
            }
        }
        return switch (n.toLowerCase(java.util.Locale.ROOT)) {
            case "int", "integer" -> TypeKind.INTEGER.oid();
            case "smallint" -> TypeKind.SMALLINT.oid();
            case "bigint" -> TypeKind.BIGINT.oid();
            case "boolean" -> TypeKind.BOOLEAN.oid();
            case "real" -> TypeKind.REAL.oid();
            case "double precision", "float" -> TypeKind.DOUBLE.oid();
            case "decimal" -> TypeKind.DECIMAL.oid();
            case "character varying" -> TypeKind.VARCHAR.oid();
            default -> -1;
        };
    }

    /**
     * {@code format_type(oid, typmod)}: e.g. {@code character varying(20)}, {@code numeric(10,2)}.
     */
    public static @Nullable String formatType(long oid, int typmod) {
        PgType t = byOid(oid);
        if (t == null) {
            return oid == 0 ? "-" : "???";
        }
        if (t.element() != 0) {
            String inner = formatType(t.element(), typmod);
            return inner + "[]";
        }
        if (typmod >= 0) {
            if (oid == TypeKind.VARCHAR.oid()) {
                return "character varying(" + (typmod - 4) + ")";
            }
            if (oid == BPCHAR) {
                return "character(" + (typmod - 4) + ")";
            }
            if (oid == TypeKind.DECIMAL.oid()) {
                int v = typmod - 4;
                return "numeric(" + ((v >> 16) & 0xffff) + "," + (v & 0xffff) + ")";
            }
        }
        return t.display();
    }

    /** The {@code pg_type} OID of one of our column types. */
    public static int oidOf(DataType type) {
        return type.oid();
    }
}
