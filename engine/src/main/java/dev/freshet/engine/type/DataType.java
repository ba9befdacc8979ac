package dev.freshet.engine.type;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SQL data type: a {@link TypeKind} with its modifiers.
 *
 * @param kind the type
 * @param precision DECIMAL precision or VARCHAR length; -1 when unconstrained
 * @param scale DECIMAL scale; -1 when unconstrained
 * @param element element type of an ARRAY; null otherwise
 */
public record DataType(TypeKind kind, int precision, int scale, @Nullable DataType element) {

    public static final DataType BOOLEAN = of(TypeKind.BOOLEAN);
    public static final DataType SMALLINT = of(TypeKind.SMALLINT);
    public static final DataType INTEGER = of(TypeKind.INTEGER);
    public static final DataType BIGINT = of(TypeKind.BIGINT);
    public static final DataType REAL = of(TypeKind.REAL);
    public static final DataType DOUBLE = of(TypeKind.DOUBLE);
    public static final DataType DECIMAL = of(TypeKind.DECIMAL);
    public static final DataType VARCHAR = of(TypeKind.VARCHAR);
    public static final DataType BYTEA = of(TypeKind.BYTEA);
    public static final DataType DATE = of(TypeKind.DATE);
    public static final DataType TIME = of(TypeKind.TIME);
    public static final DataType TIMESTAMP = of(TypeKind.TIMESTAMP);
    public static final DataType TIMESTAMPTZ = of(TypeKind.TIMESTAMPTZ);
    public static final DataType INTERVAL = of(TypeKind.INTERVAL);
    public static final DataType JSONB = of(TypeKind.JSONB);
    public static final DataType UUID = of(TypeKind.UUID);
    public static final DataType UNKNOWN = of(TypeKind.UNKNOWN);

    public DataType {
        Objects.requireNonNull(kind);
        if ((kind == TypeKind.ARRAY) != (element != null)) {
            throw new IllegalArgumentException("element type is required exactly for ARRAY");
        }
    }

    private static DataType of(TypeKind kind) {
        return new DataType(kind, -1, -1, null);
    }

    /** {@code NUMERIC(precision, scale)}. */
    public static DataType decimal(int precision, int scale) {
        return new DataType(TypeKind.DECIMAL, precision, scale, null);
    }

    /** {@code VARCHAR(length)}. */
    public static DataType varchar(int length) {
        return new DataType(TypeKind.VARCHAR, length, -1, null);
    }

    /** An array of {@code element}. */
    public static DataType array(DataType element) {
        return new DataType(TypeKind.ARRAY, -1, -1, element);
    }

    /** The element type of this ARRAY type. */
    public DataType elementType() {
        if (element == null) {
            throw new IllegalStateException(this + " is not an array type");
        }
        return element;
    }

    public PhysicalType physical() {
        return kind.physical();
    }

    /** PostgreSQL type OID; for arrays the array OID of the element kind. */
    public int oid() {
        return kind == TypeKind.ARRAY ? elementType().kind().arrayOid() : kind.oid();
    }

    /**
     * PostgreSQL {@code atttypmod}: VARCHAR length + 4, NUMERIC ((p &lt;&lt; 16) | s) + 4, else -1.
     */
    public int typmod() {
        return switch (kind) {
            case VARCHAR -> precision >= 0 ? precision + 4 : -1;
            case DECIMAL -> precision >= 0 ? ((precision << 16) | Math.max(scale, 0)) + 4 : -1;
            default -> -1;
        };
    }

    /** The same type without length/precision modifiers (what expressions compute in). */
    public DataType unconstrained() {
        return switch (kind) {
            case DECIMAL -> DECIMAL;
            case VARCHAR -> VARCHAR;
            case ARRAY -> array(elementType().unconstrained());
            default -> this;
        };
    }

    /** SQL spelling as PostgreSQL's {@code format_type} prints it, e.g. {@code numeric(10,2)}. */
    public String sqlName() {
        return switch (kind) {
            case DECIMAL ->
                    precision >= 0
                            ? "numeric(" + precision + "," + Math.max(scale, 0) + ")"
                            : "numeric";
            case VARCHAR ->
                    precision >= 0 ? "character varying(" + precision + ")" : "character varying";
            case ARRAY -> elementType().sqlName() + "[]";
            default -> kind.sqlName();
        };
    }

    @Override
    public String toString() {
        return sqlName();
    }
}
