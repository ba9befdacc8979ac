package dev.freshet.sql.error;

/**
 * Every user-visible error condition, each mapped to its PostgreSQL SQLSTATE.
 *
 * <p>The wire layer sends {@link #sqlState()} verbatim; tests and clients match on it. Add a
 * constant here rather than reusing one whose SQLSTATE is wrong for the condition.
 */
public enum ErrorCode {
    // Class 0A — feature not supported
    FEATURE_NOT_SUPPORTED("0A000"),
    // Class 08 — connection exception
    PROTOCOL_VIOLATION("08P01"),
    // Class 21 — cardinality violation
    CARDINALITY_VIOLATION("21000"),
    // Class 22 — data exception
    DATA_EXCEPTION("22000"),
    STRING_DATA_RIGHT_TRUNCATION("22001"),
    NUMERIC_VALUE_OUT_OF_RANGE("22003"),
    NULL_VALUE_NOT_ALLOWED("22004"),
    INVALID_DATETIME_FORMAT("22007"),
    DATETIME_FIELD_OVERFLOW("22008"),
    INVALID_TIME_ZONE_DISPLACEMENT_VALUE("22009"),
    SUBSTRING_ERROR("22011"),
    DIVISION_BY_ZERO("22012"),
    INVALID_PRECEDING_OR_FOLLOWING_SIZE("22013"),
    INTERVAL_FIELD_OVERFLOW("22015"),
    INVALID_PARAMETER_VALUE("22023"),
    CANT_CHANGE_RUNTIME_PARAM("55P02"),
    /** The object is not ready for the operation (a model that has learned nothing yet). */
    OBJECT_NOT_IN_PREREQUISITE_STATE("55000"),
    INVALID_TEXT_REPRESENTATION("22P02"),
    INVALID_BINARY_REPRESENTATION("22P03"),
    BAD_COPY_FILE_FORMAT("22P04"),
    INVALID_REGULAR_EXPRESSION("2201B"),
    INVALID_ARGUMENT_FOR_LOG("2201E"),
    INVALID_ARGUMENT_FOR_POWER_FUNCTION("2201F"),
    INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION("2201G"),
    ARRAY_SUBSCRIPT_ERROR("2202E"),
    INVALID_ESCAPE_SEQUENCE("22025"),
    UNTRANSLATABLE_CHARACTER("22P05"),
    CHARACTER_NOT_IN_REPERTOIRE("22021"),
    // Class 23 — integrity constraint violation
    NOT_NULL_VIOLATION("23502"),
    UNIQUE_VIOLATION("23505"),
    CHECK_VIOLATION("23514"),
    // Class 25 — invalid transaction state
    ACTIVE_SQL_TRANSACTION("25001"),
    NO_ACTIVE_SQL_TRANSACTION("25P01"),
    IN_FAILED_SQL_TRANSACTION("25P02"),
    READ_ONLY_SQL_TRANSACTION("25006"),
    // Class 26 / 34 — invalid statement / cursor name
    INVALID_SQL_STATEMENT_NAME("26000"),
    INVALID_CURSOR_NAME("34000"),
    // Class 28 — invalid authorization specification
    INVALID_AUTHORIZATION_SPECIFICATION("28000"),
    INVALID_PASSWORD("28P01"),
    // Class 3D / 3F — invalid catalog / schema name
    INVALID_CATALOG_NAME("3D000"),
    INVALID_SCHEMA_NAME("3F000"),
    // Class 40 — transaction rollback
    SERIALIZATION_FAILURE("40001"),
    // Class 42 — syntax error or access rule violation
    SYNTAX_ERROR("42601"),
    WINDOWING_ERROR("42P20"),
    INSUFFICIENT_PRIVILEGE("42501"),
    UNDEFINED_COLUMN("42703"),
    UNDEFINED_OBJECT("42704"),
    UNDEFINED_TABLE("42P01"),
    UNDEFINED_SCHEMA("3F000"),
    INVALID_CURSOR_DEFINITION("42P11"),
    UNDEFINED_FUNCTION("42883"),
    UNDEFINED_PARAMETER("42P02"),
    DUPLICATE_COLUMN("42701"),
    DUPLICATE_OBJECT("42710"),
    DUPLICATE_FUNCTION("42723"),
    DUPLICATE_TABLE("42P07"),
    DUPLICATE_PREPARED_STATEMENT("42P05"),
    DUPLICATE_CURSOR("42P03"),
    AMBIGUOUS_COLUMN("42702"),
    AMBIGUOUS_FUNCTION("42725"),
    DATATYPE_MISMATCH("42804"),
    CANNOT_COERCE("42846"),
    GROUPING_ERROR("42803"),
    WRONG_OBJECT_TYPE("42809"),
    INVALID_COLUMN_DEFINITION("42611"),
    INVALID_TABLE_DEFINITION("42P16"),
    INVALID_OBJECT_DEFINITION("42P17"),
    INVALID_FUNCTION_DEFINITION("42P13"),
    INDETERMINATE_DATATYPE("42P18"),
    INVALID_NAME("42602"),
    INVALID_COLUMN_REFERENCE("42P10"),
    // Class 2B — dependent privilege descriptors still exist (DROP without CASCADE)
    DEPENDENT_OBJECTS_STILL_EXIST("2BP01"),
    // Class 53 — insufficient resources
    PROGRAM_LIMIT_EXCEEDED("54000"),
    OUT_OF_MEMORY("53200"),
    // Class 57 — operator intervention
    QUERY_CANCELED("57014"),
    ADMIN_SHUTDOWN("57P01"),
    // Class 58 — system error
    IO_ERROR("58030"),
    // Class HV — foreign data wrapper error (a source's external system)
    FDW_UNABLE_TO_ESTABLISH_CONNECTION("HV00N"),
    FDW_TABLE_NOT_FOUND("HV00R"),
    // Class XX — internal error
    INTERNAL_ERROR("XX000");

    private final String sqlState;

    ErrorCode(String sqlState) {
        this.sqlState = sqlState;
    }

    /** The five-character SQLSTATE sent to clients. */
    public String sqlState() {
        return sqlState;
    }
}
