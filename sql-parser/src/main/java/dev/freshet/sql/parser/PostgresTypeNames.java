package dev.freshet.sql.parser;

import dev.freshet.sql.parser.impl.PositionedParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.jspecify.annotations.Nullable;

/**
 * How PostgreSQL type names are parsed: wherever a type appears ({@code CAST(x AS t)}, {@code
 * x::t}, column and parameter declarations), the parser maps the name through this table.
 *
 * <table>
 * <caption>PostgreSQL type names and what the parser produces</caption>
 * <tr><th>Written</th><th>Type name spec</th></tr>
 * <tr><td>{@code int}, {@code integer}, {@code int4}</td><td>basic INTEGER</td></tr>
 * <tr><td>{@code smallint}, {@code int2}</td><td>basic SMALLINT</td></tr>
 * <tr><td>{@code bigint}, {@code int8}</td><td>basic BIGINT</td></tr>
 * <tr><td>{@code real}, {@code float4}, {@code float(1..24)}</td><td>basic REAL</td></tr>
 * <tr><td>{@code double precision}, {@code float8}, {@code float}, {@code float(25..53)}</td>
 *     <td>basic DOUBLE</td></tr>
 * <tr><td>{@code numeric[(p[,s])]}, {@code decimal[(p[,s])]}, {@code dec}</td>
 *     <td>basic DECIMAL(p, s)</td></tr>
 * <tr><td>{@code varchar[(n)]}, {@code character varying[(n)]}, {@code text}, {@code string}</td>
 *     <td>basic VARCHAR(n) (unbounded without n)</td></tr>
 * <tr><td>{@code char[(n)]}, {@code character[(n)]}, {@code bpchar}</td><td>basic CHAR(n)</td></tr>
 * <tr><td>{@code boolean}, {@code bool}</td><td>basic BOOLEAN</td></tr>
 * <tr><td>{@code bytea}</td><td>basic VARBINARY</td></tr>
 * <tr><td>{@code date}</td><td>basic DATE</td></tr>
 * <tr><td>{@code time[(p)] [without time zone]}</td><td>basic TIME(p)</td></tr>
 * <tr><td>{@code time[(p)] with time zone}, {@code timetz}</td><td>basic TIME_TZ(p)</td></tr>
 * <tr><td>{@code timestamp[(p)] [without time zone]}</td><td>basic TIMESTAMP(p)</td></tr>
 * <tr><td>{@code timestamp[(p)] with time zone}, {@code timestamptz}</td>
 *     <td>basic TIMESTAMP_WITH_LOCAL_TIME_ZONE(p): an instant, shown in the session's zone,
 *     which is PostgreSQL's timestamptz</td></tr>
 * <tr><td>{@code interval}</td><td>user-defined {@code interval}: PostgreSQL's interval
 *     (months, days and microseconds together) is neither of SQL's interval types;
 *     {@code CAST(x AS INTERVAL DAY)} and other qualified forms stay Calcite's</td></tr>
 * <tr><td>{@code jsonb}, {@code json}, {@code uuid}, {@code oid}, {@code regclass},
 *     {@code regproc}, {@code regtype}, {@code name}, {@code "char"} (quoted)</td>
 *     <td>user-defined, the lower-case name</td></tr>
 * <tr><td>{@code t[]}, {@code t[n]}, {@code t ARRAY}</td>
 *     <td>collection ARRAY of {@code t}</td></tr>
 * <tr><td>any other name</td><td>user-defined, the name as written (lower-case unless quoted)</td>
 * </tr>
 * </table>
 *
 * <p>A quoted name is looked up exactly ({@code "int4"} is INTEGER, {@code "char"} is PostgreSQL's
 * one-byte {@code "char"}, while unquoted {@code char} is CHAR(1)); an unquoted one after
 * lower-casing. Calcite's remaining type syntax ({@code ROW(...)}, {@code MAP<k, v>}, {@code
 * VARBINARY}, {@code TINYINT}, qualified names) still parses as in Calcite.
 */
public final class PostgresTypeNames {
    private PostgresTypeNames() {}

    /** Names that map to Calcite's built-in types, with the type each one means. */
    private static final Map<String, SqlTypeName> BASIC =
            Map.ofEntries(
                    Map.entry("int", SqlTypeName.INTEGER),
                    Map.entry("integer", SqlTypeName.INTEGER),
                    Map.entry("int4", SqlTypeName.INTEGER),
                    Map.entry("smallint", SqlTypeName.SMALLINT),
                    Map.entry("int2", SqlTypeName.SMALLINT),
                    Map.entry("bigint", SqlTypeName.BIGINT),
                    Map.entry("int8", SqlTypeName.BIGINT),
                    Map.entry("real", SqlTypeName.REAL),
                    Map.entry("float4", SqlTypeName.REAL),
                    Map.entry("double precision", SqlTypeName.DOUBLE),
                    Map.entry("float8", SqlTypeName.DOUBLE),
                    Map.entry("numeric", SqlTypeName.DECIMAL),
                    Map.entry("decimal", SqlTypeName.DECIMAL),
                    Map.entry("varchar", SqlTypeName.VARCHAR),
                    Map.entry("character varying", SqlTypeName.VARCHAR),
                    Map.entry("text", SqlTypeName.VARCHAR),
                    Map.entry("string", SqlTypeName.VARCHAR),
                    Map.entry("character", SqlTypeName.CHAR),
                    Map.entry("bpchar", SqlTypeName.CHAR),
                    Map.entry("boolean", SqlTypeName.BOOLEAN),
                    Map.entry("bool", SqlTypeName.BOOLEAN),
                    Map.entry("bytea", SqlTypeName.VARBINARY),
                    Map.entry("date", SqlTypeName.DATE),
                    Map.entry("time", SqlTypeName.TIME),
                    Map.entry("timetz", SqlTypeName.TIME_TZ),
                    Map.entry("timestamp", SqlTypeName.TIMESTAMP),
                    Map.entry("timestamptz", SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE));

    /** Names of PostgreSQL types that Calcite has no type for; they stay user-defined types. */
    private static final Set<String> USER_DEFINED =
            Set.of(
                    "interval",
                    "jsonb",
                    "json",
                    "uuid",
                    "oid",
                    "regclass",
                    "regproc",
                    "regtype",
                    "name",
                    "char");

    /**
     * The type name spec for a PostgreSQL type name, or null if the name is not a known PostgreSQL
     * type (the parser then makes it a user-defined type of that name).
     *
     * @param name the type name: lower-case for unquoted names, exact for quoted ones; the
     *     multi-word names are {@code double precision} and {@code character varying}
     * @param precision the first type modifier, or -1 if none was given
     * @param scale the second type modifier, or {@link Integer#MIN_VALUE} if none was given
     * @param pos where the name was written, for errors and the spec
     * @throws PositionedParseException if the type does not take the modifiers given
     */
    public static @Nullable SqlTypeNameSpec forName(
            String name, int precision, int scale, SqlParserPos pos) {
        SqlTypeName basic = BASIC.get(name);
        if (basic != null) {
            return basicSpec(name, basic, precision, scale, pos);
        }
        if (USER_DEFINED.contains(name)) {
            noModifiers(name, precision, pos);
            return new SqlUserDefinedTypeNameSpec(new SqlIdentifier(name, pos), pos);
        }
        return null;
    }

    /** {@code float} or {@code float(p)}: REAL up to 24 bits of precision, DOUBLE above. */
    public static SqlTypeNameSpec floatSpec(int precision, SqlParserPos pos) {
        if (precision == -1) {
            return new SqlBasicTypeNameSpec(SqlTypeName.DOUBLE, pos);
        }
        if (precision < 1) {
            throw PositionedParseException.syntax(
                    "precision for type float must be at least 1 bit", pos);
        }
        if (precision > 53) {
            throw PositionedParseException.syntax(
                    "precision for type float must be less than 54 bits", pos);
        }
        return new SqlBasicTypeNameSpec(
                precision <= 24 ? SqlTypeName.REAL : SqlTypeName.DOUBLE, pos);
    }

    private static SqlTypeNameSpec basicSpec(
            String name, SqlTypeName type, int precision, int scale, SqlParserPos pos) {
        boolean hasScale = scale != Integer.MIN_VALUE;
        switch (type) {
            case DECIMAL -> {
                return hasScale
                        ? new SqlBasicTypeNameSpec(type, precision, scale, pos)
                        : new SqlBasicTypeNameSpec(type, precision, pos);
            }
            case VARCHAR, CHAR, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> {
                if (hasScale) {
                    throw modifierError(name, pos);
                }
                if (precision != -1 && (name.equals("text") || name.equals("string"))) {
                    throw modifierError(name, pos);
                }
                return new SqlBasicTypeNameSpec(type, precision, pos);
            }
            default -> {
                noModifiers(name, precision, pos);
                if (hasScale) {
                    throw modifierError(name, pos);
                }
                return new SqlBasicTypeNameSpec(type, pos);
            }
        }
    }

    private static void noModifiers(String name, int precision, SqlParserPos pos) {
        if (precision != -1) {
            throw modifierError(name, pos);
        }
    }

    private static PositionedParseException modifierError(String name, SqlParserPos pos) {
        return PositionedParseException.syntax(
                "type modifier is not allowed for type \"" + name.toLowerCase(Locale.ROOT) + "\"",
                pos);
    }
}
