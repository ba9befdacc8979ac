package dev.freshet.engine.session;

import dev.freshet.engine.catalog.Catalog;
import dev.freshet.engine.syscat.CatalogObjects;
import dev.freshet.engine.type.PgTypes;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's object identifier types, the way catalog queries use them. Our {@code oid} and
 * {@code reg*} types are integers, so before validation: {@code 'people'::regclass} becomes the OID
 * of {@code people} (42P01 if there is none), likewise for {@code regtype}, {@code regnamespace},
 * {@code regproc} (a function's name: the catalogs hold functions by name) and {@code regrole};
 * {@code x::regclass::text} becomes {@code regclassout(x)}, the relation's name; and {@code
 * pg_catalog.f(...)} becomes {@code f(...)}.
 */
final class CatalogCasts {
    private static final Set<String> REG_TYPES =
            Set.of("regclass", "regtype", "regproc", "regnamespace", "regrole");
    private static final Set<String> TEXT_TYPES = Set.of("text", "name", "varchar", "char");

    /** The array types' I/O functions {@code pg_type} names (not callable from SQL here). */
    private static final Set<String> IO_FUNCTIONS =
            Set.of("array_in", "array_out", "array_recv", "array_send");

    private final Catalog catalog;

    CatalogCasts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** {@code pg_catalog.f(args)} as {@code f(args)}; other calls unchanged. */
    static SqlCall unqualify(SqlCall c) {
        if (!(c instanceof SqlBasicCall call)
                || !(call.getOperator() instanceof SqlUnresolvedFunction fn)
                || fn.getSqlIdentifier() == null) {
            return c;
        }
        SqlIdentifier id = fn.getSqlIdentifier();
        if (id.names.size() != 2 || !id.names.get(0).equalsIgnoreCase("pg_catalog")) {
            return c;
        }
        SqlParserPos pos = id.getParserPosition();
        SqlIdentifier simple = new SqlIdentifier(id.names.get(1), pos);
        SqlUnresolvedFunction plain =
                new SqlUnresolvedFunction(
                        simple,
                        null,
                        null,
                        null,
                        null,
                        fn.getFunctionType() == null
                                ? SqlFunctionCategory.USER_DEFINED_FUNCTION
                                : fn.getFunctionType());
        return new SqlBasicCall(
                plain,
                call.getOperandList(),
                call.getParserPosition(),
                call.getFunctionQuantifier());
    }

    /** Rewrites a CAST; {@code recurse} rewrites its operand first. */
    SqlNode rewrite(SqlCall cast, UnaryOperator<SqlNode> recurse) {
        SqlNode operand = recurse.apply(cast.operand(0));
        if (operand != cast.operand(0)) {
            cast.setOperand(0, operand);
        }
        String target = typeName(cast.operand(1));
        if (target == null) {
            return cast;
        }
        SqlParserPos pos = cast.getParserPosition();
        if (target.equals("regproc") && operand instanceof SqlCharStringLiteral text) {
            // the catalogs hold function references (pg_type.typinput, ...) as names
            String name = text.getValueAs(String.class).strip();
            resolve(target, name);
            return SqlLiteral.createCharString(
                    name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name,
                    pos);
        }
        if (REG_TYPES.contains(target) && operand instanceof SqlCharStringLiteral text) {
            String name = text.getValueAs(String.class);
            long oid = resolve(target, name);
            return SqlLiteral.createExactNumeric(Long.toString(oid), pos);
        }
        if (target.equals("regclass")
                && operand instanceof SqlCall computed
                && computed.getKind() != SqlKind.CAST) {
            // a computed name (Metabase: CAST(FORMAT('%I.%I', schema, table) AS REGCLASS))
            SqlUnresolvedFunction in =
                    new SqlUnresolvedFunction(
                            new SqlIdentifier("regclassin", pos),
                            null,
                            null,
                            null,
                            null,
                            SqlFunctionCategory.USER_DEFINED_FUNCTION);
            return new SqlBasicCall(in, java.util.List.of(operand), pos);
        }
        if (TEXT_TYPES.contains(target) && ExpandArrayRewrite.isKeyVector(operand)) {
            // int2vector and oidvector are written as their numbers separated by spaces ('1 2')
            SqlUnresolvedFunction join =
                    new SqlUnresolvedFunction(
                            new SqlIdentifier("array_to_string", pos),
                            null,
                            null,
                            null,
                            null,
                            SqlFunctionCategory.USER_DEFINED_FUNCTION);
            return new SqlBasicCall(
                    join, java.util.List.of(operand, SqlLiteral.createCharString(" ", pos)), pos);
        }
        if (TEXT_TYPES.contains(target)
                && operand instanceof SqlCall inner
                && inner.getKind() == SqlKind.CAST) {
            String from = typeName(inner.operand(1));
            if (from != null && REG_TYPES.contains(from)) {
                SqlUnresolvedFunction out =
                        new SqlUnresolvedFunction(
                                new SqlIdentifier(from + "out", pos),
                                null,
                                null,
                                null,
                                null,
                                SqlFunctionCategory.USER_DEFINED_FUNCTION);
                return new SqlBasicCall(out, java.util.List.of(inner.operand(0)), pos);
            }
        }
        return cast;
    }

    /** The lower-case name of a simple named type, or null for other type specs. */
    private static @Nullable String typeName(SqlNode spec) {
        if (!(spec instanceof SqlDataTypeSpec dt)) {
            return null;
        }
        if (dt.getTypeNameSpec() instanceof org.apache.calcite.sql.SqlBasicTypeNameSpec b) {
            SqlTypeName t = SqlTypeName.get(b.getTypeName().getSimple());
            return t == SqlTypeName.VARCHAR ? "varchar" : null;
        }
        SqlIdentifier id = dt.getTypeName();
        return id.isSimple() ? id.getSimple().toLowerCase(Locale.ROOT) : null;
    }

    private long resolve(String type, String text) {
        switch (type) {
            case "regclass" -> {
                long oid = CatalogObjects.relationOid(catalog, text);
                if (oid < 0) {
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_TABLE, "relation \"" + text + "\" does not exist");
                }
                return oid;
            }
            case "regtype" -> {
                String n = text.strip();
                if (n.startsWith("pg_catalog.")) {
                    n = n.substring("pg_catalog.".length());
                }
                int oid = PgTypes.oidOf(n.replace("\"", ""));
                if (oid < 0) {
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_OBJECT, "type \"" + text + "\" does not exist");
                }
                return oid;
            }
            case "regnamespace" -> {
                int oid = CatalogObjects.schemaOid(text.strip());
                if (oid < 0) {
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_SCHEMA, "schema \"" + text + "\" does not exist");
                }
                return oid;
            }
            case "regproc" -> {
                String n = text.strip();
                if (n.startsWith("pg_catalog.")) {
                    n = n.substring("pg_catalog.".length());
                }
                if (IO_FUNCTIONS.contains(n)) {
                    return 0;
                }
                for (CatalogObjects.FunctionObject f : CatalogObjects.functions(catalog)) {
                    if (f.name().equals(n)) {
                        return f.oid();
                    }
                }
                throw new FreshetException(
                        ErrorCode.UNDEFINED_FUNCTION, "function \"" + text + "\" does not exist");
            }
            default -> {
                return CatalogObjects.OWNER;
            }
        }
    }
}
