package dev.freshet.sql.parser;

import static dev.freshet.sql.parser.ParsedSql.parse;
import static dev.freshet.sql.parser.ParsedSql.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.freshet.sql.ast.SqlCreateTable;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PostgreSQL type names, in every place a type is written (see {@link PostgresTypeNames}). */
class TypeNameTest {

    /** A short description of a type name spec, e.g. {@code VARCHAR(10)} or {@code udt jsonb}. */
    static String describe(SqlTypeNameSpec spec) {
        if (spec instanceof SqlCollectionTypeNameSpec collection) {
            return describe(collection.getElementTypeName()) + " array";
        }
        if (spec instanceof SqlUserDefinedTypeNameSpec) {
            return "udt " + spec.getTypeName().getSimple();
        }
        SqlBasicTypeNameSpec basic = (SqlBasicTypeNameSpec) spec;
        String name = spec.getTypeName().getSimple();
        if (basic.getPrecision() < 0) {
            return name;
        }
        return name
                + "("
                + basic.getPrecision()
                + (basic.getScale() == Integer.MIN_VALUE || basic.getScale() < 0
                        ? ""
                        : ", " + basic.getScale())
                + ")";
    }

    private static String castType(String sql) {
        SqlSelect select = parse(sql, SqlSelect.class);
        SqlBasicCall cast = (SqlBasicCall) select.getSelectList().get(0);
        return describe(((SqlDataTypeSpec) cast.operand(1)).getTypeNameSpec());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "int | INTEGER",
                "integer | INTEGER",
                "int4 | INTEGER",
                "INT4 | INTEGER",
                "smallint | SMALLINT",
                "int2 | SMALLINT",
                "bigint | BIGINT",
                "int8 | BIGINT",
                "real | REAL",
                "float4 | REAL",
                "float(24) | REAL",
                "float8 | DOUBLE",
                "double precision | DOUBLE",
                "double | DOUBLE",
                "float | DOUBLE",
                "float(53) | DOUBLE",
                "numeric | DECIMAL",
                "numeric(10) | DECIMAL(10)",
                "numeric(10, 2) | DECIMAL(10, 2)",
                "decimal(5,1) | DECIMAL(5, 1)",
                "dec | DECIMAL",
                "varchar | VARCHAR",
                "varchar(20) | VARCHAR(20)",
                "character varying(20) | VARCHAR(20)",
                "text | VARCHAR",
                "string | VARCHAR",
                "char | CHAR",
                "char(3) | CHAR(3)",
                "character(3) | CHAR(3)",
                "boolean | BOOLEAN",
                "bool | BOOLEAN",
                "bytea | VARBINARY",
                "date | DATE",
                "time | TIME",
                "time(3) | TIME(3)",
                "time without time zone | TIME",
                "time with time zone | TIME_TZ",
                "timetz | TIME_TZ",
                "timestamp | TIMESTAMP",
                "timestamp(6) | TIMESTAMP(6)",
                "timestamp without time zone | TIMESTAMP",
                "timestamp with time zone | TIMESTAMP_WITH_LOCAL_TIME_ZONE",
                "timestamp(3) with time zone | TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)",
                "timestamptz | TIMESTAMP_WITH_LOCAL_TIME_ZONE",
                "interval | udt interval",
                "jsonb | udt jsonb",
                "json | udt json",
                "uuid | udt uuid",
                "oid | udt oid",
                "regclass | udt regclass",
                "regproc | udt regproc",
                "regtype | udt regtype",
                "name | udt name",
                "\"char\" | udt char",
                "\"int4\" | INTEGER",
                "my_type | udt my_type",
                "\"MyType\" | udt MyType",
                "int[] | INTEGER array",
                "int[3] | INTEGER array",
                "text[][] | VARCHAR array array",
                "int array | INTEGER array",
                "jsonb[] | udt jsonb array",
                "timestamptz[] | TIMESTAMP_WITH_LOCAL_TIME_ZONE array"
            })
    void mapsEveryPostgresTypeName(String type, String expected) {
        assertEquals(expected, castType("SELECT CAST(x AS " + type + ")"), "CAST");
        assertEquals(expected, castType("SELECT x::" + type), "::");
        SqlCreateTable table = parse("CREATE TABLE t (c " + type + ")", SqlCreateTable.class);
        assertEquals(expected, describe(table.columns().get(0).type().getTypeNameSpec()), "column");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text(10) | type modifier is not allowed for type \"text\"",
                "jsonb(1) | type modifier is not allowed for type \"jsonb\"",
                "float(0) | precision for type float must be at least 1 bit",
                "float(54) | precision for type float must be less than 54 bits"
            })
    void rejectsTypeModifiersATypeDoesNotTake(String type, String message) {
        assertEquals(message, syntaxError("SELECT x::" + type).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"INTERVAL DAY | DAY", "INTERVAL HOUR TO SECOND | HOUR TO SECOND"})
    void qualifiedIntervalCastsStayCalcites(String type, String qualifier) {
        SqlSelect select = parse("SELECT CAST(x AS " + type + ")", SqlSelect.class);
        SqlBasicCall cast = (SqlBasicCall) select.getSelectList().get(0);
        assertEquals(qualifier, cast.operand(1).toString());
    }
}
