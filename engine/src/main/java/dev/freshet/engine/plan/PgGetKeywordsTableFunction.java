package dev.freshet.engine.plan;

import dev.freshet.engine.ir.Field;
import dev.freshet.engine.ir.ValuesNode;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlTableFunction;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code pg_get_keywords()}: the SQL key words, as PostgreSQL lists them ({@code word, catcode,
 * barelabel, catdesc, baredesc}). Tools read it to highlight and quote identifiers (DBeaver joins
 * the words into its dialect). Lists PostgreSQL's reserved words (catcode {@code R}) and the
 * statement words Freshet adds (unreserved, {@code U}).
 */
public final class PgGetKeywordsTableFunction extends SqlFunction implements SqlTableFunction {
    public static final PgGetKeywordsTableFunction INSTANCE = new PgGetKeywordsTableFunction();

    private static final List<String> RESERVED =
            List.of(
                    "all",
                    "analyse",
                    "analyze",
                    "and",
                    "any",
                    "array",
                    "as",
                    "asc",
                    "asymmetric",
                    "both",
                    "case",
                    "cast",
                    "check",
                    "collate",
                    "column",
                    "constraint",
                    "create",
                    "current_catalog",
                    "current_date",
                    "current_role",
                    "current_time",
                    "current_timestamp",
                    "current_user",
                    "default",
                    "deferrable",
                    "desc",
                    "distinct",
                    "do",
                    "else",
                    "end",
                    "except",
                    "false",
                    "fetch",
                    "for",
                    "foreign",
                    "from",
                    "grant",
                    "group",
                    "having",
                    "in",
                    "initially",
                    "intersect",
                    "into",
                    "lateral",
                    "leading",
                    "limit",
                    "localtime",
                    "localtimestamp",
                    "not",
                    "null",
                    "offset",
                    "on",
                    "only",
                    "or",
                    "order",
                    "placing",
                    "primary",
                    "references",
                    "returning",
                    "select",
                    "session_user",
                    "some",
                    "symmetric",
                    "table",
                    "then",
                    "to",
                    "trailing",
                    "true",
                    "union",
                    "unique",
                    "user",
                    "using",
                    "variadic",
                    "when",
                    "where",
                    "window",
                    "with");

    private static final List<String> UNRESERVED =
            List.of("emit", "materialized", "model", "subscribe", "view", "watermark");

    private PgGetKeywordsTableFunction() {
        super(
                "PG_GET_KEYWORDS",
                SqlKind.OTHER_FUNCTION,
                ReturnTypes.CURSOR,
                null,
                OperandTypes.NILADIC,
                SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return binding -> {
            RelDataTypeFactory f = binding.getTypeFactory();
            return f.builder()
                    .add("word", f.createSqlType(SqlTypeName.VARCHAR))
                    .add("catcode", f.createSqlType(SqlTypeName.VARCHAR))
                    .add("barelabel", f.createSqlType(SqlTypeName.BOOLEAN))
                    .add("catdesc", f.createSqlType(SqlTypeName.VARCHAR))
                    .add("baredesc", f.createSqlType(SqlTypeName.VARCHAR))
                    .build();
        };
    }

    /** The key words as a constant relation with {@code fields} (the call's row type). */
    static ValuesNode rows(List<Field> fields) {
        List<List<Object>> rows = new ArrayList<>();
        for (String w : RESERVED) {
            rows.add(List.of(w, "R", true, "reserved", "can be bare label"));
        }
        for (String w : UNRESERVED) {
            rows.add(List.of(w, "U", true, "unreserved", "can be bare label"));
        }
        rows.sort((a, b) -> ((String) a.get(0)).compareTo((String) b.get(0)));
        List<Field> typed = new ArrayList<>();
        for (Field f : fields) {
            typed.add(
                    new Field(
                            f.name(),
                            f.name().equals("barelabel") ? DataType.BOOLEAN : DataType.VARCHAR,
                            f.nullable()));
        }
        return new ValuesNode(typed, rows);
    }
}
