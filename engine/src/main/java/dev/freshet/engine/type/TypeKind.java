package dev.freshet.engine.type;

/**
 * The SQL types Freshet knows, each with its PostgreSQL type OID, array OID, name and layout.
 *
 * <p>The OIDs are the ones PostgreSQL assigns, so drivers map them without asking the catalog.
 */
public enum TypeKind {
    BOOLEAN(16, 1000, "boolean", "bool", 1, PhysicalType.BOOL),
    SMALLINT(21, 1005, "smallint", "int2", 2, PhysicalType.LONG),
    INTEGER(23, 1007, "integer", "int4", 4, PhysicalType.LONG),
    BIGINT(20, 1016, "bigint", "int8", 8, PhysicalType.LONG),
    REAL(700, 1021, "real", "float4", 4, PhysicalType.DOUBLE),
    DOUBLE(701, 1022, "double precision", "float8", 8, PhysicalType.DOUBLE),
    DECIMAL(1700, 1231, "numeric", "numeric", -1, PhysicalType.DECIMAL),
    VARCHAR(1043, 1015, "character varying", "varchar", -1, PhysicalType.BYTES),
    BYTEA(17, 1001, "bytea", "bytea", -1, PhysicalType.BYTES),
    DATE(1082, 1182, "date", "date", 4, PhysicalType.LONG),
    TIME(1083, 1183, "time without time zone", "time", 8, PhysicalType.LONG),
    TIMESTAMP(1114, 1115, "timestamp without time zone", "timestamp", 8, PhysicalType.LONG),
    TIMESTAMPTZ(1184, 1185, "timestamp with time zone", "timestamptz", 8, PhysicalType.LONG),
    INTERVAL(1186, 1187, "interval", "interval", 16, PhysicalType.INTERVAL),
    JSONB(3802, 3807, "jsonb", "jsonb", -1, PhysicalType.BYTES),
    UUID(2950, 2951, "uuid", "uuid", 16, PhysicalType.BYTES),
    ARRAY(0, 0, "array", "array", -1, PhysicalType.ARRAY),
    /** The type of an untyped NULL literal before it is resolved; stored as a BOOL column. */
    UNKNOWN(705, 0, "unknown", "unknown", -2, PhysicalType.BOOL);

    private final int oid;
    private final int arrayOid;
    private final String sqlName;
    private final String pgName;
    private final int typlen;
    private final PhysicalType physical;

    TypeKind(
            int oid,
            int arrayOid,
            String sqlName,
            String pgName,
            int typlen,
            PhysicalType physical) {
        this.oid = oid;
        this.arrayOid = arrayOid;
        this.sqlName = sqlName;
        this.pgName = pgName;
        this.typlen = typlen;
        this.physical = physical;
    }

    /** PostgreSQL type OID ({@code pg_type.oid}). */
    public int oid() {
        return oid;
    }

    /** OID of the array type whose elements are of this kind. */
    public int arrayOid() {
        return arrayOid;
    }

    /** Name as {@code format_type} prints it, e.g. {@code character varying}. */
    public String sqlName() {
        return sqlName;
    }

    /** Name in {@code pg_type.typname}, e.g. {@code varchar}. */
    public String pgName() {
        return pgName;
    }

    /** {@code pg_type.typlen}: fixed byte width, or -1 for variable length. */
    public int typlen() {
        return typlen;
    }

    public PhysicalType physical() {
        return physical;
    }

    public boolean isIntegral() {
        return this == SMALLINT || this == INTEGER || this == BIGINT;
    }

    public boolean isNumeric() {
        return isIntegral() || this == REAL || this == DOUBLE || this == DECIMAL;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == TIMESTAMP || this == TIMESTAMPTZ;
    }
}
