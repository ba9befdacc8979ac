package dev.freshet.engine.plan;

import dev.freshet.engine.expr.ArrayFunctions;
import dev.freshet.engine.expr.Call;
import dev.freshet.engine.expr.CaseWhen;
import dev.freshet.engine.expr.CastFunctions;
import dev.freshet.engine.expr.ComparisonFunctions;
import dev.freshet.engine.expr.ConditionalFunctions;
import dev.freshet.engine.expr.ConstantFolder;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.expr.InputRef;
import dev.freshet.engine.expr.Literal;
import dev.freshet.engine.expr.LogicFunctions;
import dev.freshet.engine.expr.Param;
import dev.freshet.engine.expr.Resolution;
import dev.freshet.engine.expr.TypeCoercion;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.Interval;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * Lowers Calcite row expressions to our {@link Expr}.
 *
 * <p>Three kinds of calls arrive here. Calcite's structural operators (AND, OR, NOT, IS tests,
 * comparisons, CASE, CAST, SEARCH, array constructors and subscripts, quantified comparisons) map
 * to our kernels by {@link SqlKind}. Operators whose PostgreSQL spelling Calcite parses into its
 * own operators (LIKE, SIMILAR TO, {@code ~}, TRIM, POSITION, EXTRACT, arithmetic, niladic
 * date/time functions) map to the library function PostgreSQL defines them as. Everything else is a
 * call of a {@link FunctionLibrary} function by name, resolved the way the validator resolved it
 * ({@link FreshetOperatorTable}), with the argument conversions the resolution chose made explicit
 * as casts. Casts of constants that do not depend on the session time zone are folded here, so
 * kernels see constant patterns, formats and units as literals.
 */
public final class RexToExpr {
    private final RexBuilder rexBuilder;
    private final FunctionLibrary functions;
    private final CastFunctions.Mode castMode;

    /**
     * @param castMode how casts to VARCHAR(n) behave: EXPLICIT truncates (queries), ASSIGNMENT
     *     raises 22001 (the values of INSERT and UPDATE)
     */
    public RexToExpr(
            RexBuilder rexBuilder, FunctionLibrary functions, CastFunctions.Mode castMode) {
        this.rexBuilder = rexBuilder;
        this.functions = functions;
        this.castMode = castMode;
    }

    public Expr convert(RexNode node) {
        return switch (node) {
            case RexInputRef r -> new InputRef(r.getIndex(), type(r.getType()));
            case RexLiteral l -> literal(l);
            case RexDynamicParam p -> new Param(p.getIndex(), type(p.getType()));
            case RexCall c -> call(c);
            default ->
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "expression " + node + " is not supported");
        };
    }

    public List<Expr> convertAll(List<? extends RexNode> nodes) {
        List<Expr> out = new ArrayList<>(nodes.size());
        for (RexNode n : nodes) {
            out.add(convert(n));
        }
        return out;
    }

    static DataType type(RelDataType t) {
        return CalciteTypes.toDataType(t);
    }

    /** The Java value of a literal, in our value mapping for {@code target}. */
    public Literal literal(RexLiteral l) {
        SqlTypeName n = l.getTypeName();
        if (n == SqlTypeName.SYMBOL) {
            return new Literal(DataType.VARCHAR, symbolName(l));
        }
        DataType t = type(l.getType());
        if (l.isNull()) {
            return Literal.nullOf(t);
        }
        Object v =
                switch (n) {
                    case BOOLEAN -> l.getValueAs(Boolean.class);
                    case TINYINT, SMALLINT, INTEGER, BIGINT -> l.getValueAs(Long.class);
                    case DECIMAL -> {
                        BigDecimal b = l.getValueAs(BigDecimal.class);
                        if (l.getType().getScale() >= FreshetTypeSystem.UNCONSTRAINED) {
                            // rescaled by Calcite to the unconstrained type's marker scale
                            b = b.stripTrailingZeros();
                        }
                        if (t.kind() == TypeKind.DECIMAL) {
                            yield Decimal.of(b.scale() < 0 ? b.setScale(0) : b);
                        }
                        yield t.kind().isIntegral()
                                ? (Object) b.longValueExact()
                                : (Object) b.doubleValue();
                    }
                    case REAL, FLOAT, DOUBLE -> {
                        Double d = l.getValueAs(Double.class);
                        yield t.kind() == TypeKind.DECIMAL ? Decimal.ofDouble(d) : d;
                    }
                    case CHAR, VARCHAR -> l.getValueAs(NlsString.class).getValue();
                    case BINARY, VARBINARY ->
                            l.getValueAs(org.apache.calcite.avatica.util.ByteString.class)
                                    .getBytes();
                    case DATE -> (long) l.getValueAs(DateString.class).getDaysSinceEpoch();
                    case TIME ->
                            PgText.parse(
                                    DataType.TIME,
                                    l.getValueAs(TimeString.class).toString(),
                                    ZoneOffset.UTC);
                    case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE ->
                            PgText.parse(
                                    DataType.TIMESTAMP,
                                    l.getValueAs(TimestampString.class).toString(),
                                    ZoneOffset.UTC);
                    case INTERVAL_YEAR, INTERVAL_YEAR_MONTH, INTERVAL_MONTH ->
                            new Interval(l.getValueAs(BigDecimal.class).intValueExact(), 0, 0);
                    case INTERVAL_DAY,
                            INTERVAL_DAY_HOUR,
                            INTERVAL_DAY_MINUTE,
                            INTERVAL_DAY_SECOND,
                            INTERVAL_HOUR,
                            INTERVAL_HOUR_MINUTE,
                            INTERVAL_HOUR_SECOND,
                            INTERVAL_MINUTE,
                            INTERVAL_MINUTE_SECOND,
                            INTERVAL_SECOND ->
                            dayTimeInterval(l);
                    default ->
                            throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED,
                                    "literal of type " + l.getType() + " is not supported");
                };
        return new Literal(t, v);
    }

    /** A flag literal (EXTRACT's field, TRIM's side) as the lower-case word SQL spells it. */
    private static String symbolName(RexLiteral l) {
        Object v = l.getValue();
        if (v instanceof TimeUnitRange r) {
            return r.startUnit.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof TimeUnit u) {
            return u.name().toLowerCase(Locale.ROOT);
        }
        return String.valueOf(v).toLowerCase(Locale.ROOT);
    }

    /** Day-time intervals keep whole days in the day field when the qualifier starts at DAY. */
    private static Interval dayTimeInterval(RexLiteral l) {
        long millis = l.getValueAs(BigDecimal.class).longValueExact();
        TimeUnit start = l.getType().getIntervalQualifier().getStartUnit();
        if (start == TimeUnit.DAY) {
            long days = millis / 86_400_000L;
            long rest = millis % 86_400_000L;
            return new Interval(0, Math.toIntExact(days), rest * 1000);
        }
        return new Interval(0, 0, millis * 1000);
    }

    private Expr call(RexCall c) {
        SqlKind kind = c.getKind();
        DataType result = type(c.getType());
        List<RexNode> ops = c.getOperands();
        if (FreshetOperatorTable.isLibraryOperator(c.getOperator())
                && !kind.belongsTo(SqlKind.COMPARISON)) {
            if (FreshetOperatorTable.libraryName(c.getOperator()).equals("coalesce")) {
                return coalesceCall(ops);
            }
            return library(FreshetOperatorTable.libraryName(c.getOperator()), ops);
        }
        switch (kind) {
            case SEARCH:
                return convert(RexUtil.expandSearch(rexBuilder, null, c));
            case AND:
                return new Call(LogicFunctions.AND, convertAll(ops), DataType.BOOLEAN);
            case OR:
                return new Call(LogicFunctions.OR, convertAll(ops), DataType.BOOLEAN);
            case NOT:
                return new Call(LogicFunctions.NOT, convertAll(ops), DataType.BOOLEAN);
            case IS_NULL:
                return test(LogicFunctions.Test.IS_NULL, c);
            case IS_NOT_NULL:
                return test(LogicFunctions.Test.IS_NOT_NULL, c);
            case IS_TRUE:
                return test(LogicFunctions.Test.IS_TRUE, c);
            case IS_NOT_TRUE:
                return test(LogicFunctions.Test.IS_NOT_TRUE, c);
            case IS_FALSE:
                return test(LogicFunctions.Test.IS_FALSE, c);
            case IS_NOT_FALSE:
                return test(LogicFunctions.Test.IS_NOT_FALSE, c);
            case EQUALS:
                return compare(ComparisonFunctions.Op.EQ, c);
            case NOT_EQUALS:
                return compare(ComparisonFunctions.Op.NE, c);
            case LESS_THAN:
                return compare(ComparisonFunctions.Op.LT, c);
            case LESS_THAN_OR_EQUAL:
                return compare(ComparisonFunctions.Op.LE, c);
            case GREATER_THAN:
                return compare(ComparisonFunctions.Op.GT, c);
            case GREATER_THAN_OR_EQUAL:
                return compare(ComparisonFunctions.Op.GE, c);
            case IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM:
                {
                    List<Expr> args = coerceBoth(c);
                    return new Call(
                            ComparisonFunctions.distinctFrom(kind == SqlKind.IS_NOT_DISTINCT_FROM),
                            args,
                            DataType.BOOLEAN);
                }
            case CAST:
                return cast(c);
            case CASE:
                return caseWhen(c, result);
            case COALESCE:
                return coalesce(convertAll(ops), result);
            case GREATEST, GREATEST_PG, LEAST, LEAST_PG:
                return library(
                        kind == SqlKind.GREATEST || kind == SqlKind.GREATEST_PG
                                ? "greatest"
                                : "least",
                        ops);
            case PLUS, CHECKED_PLUS:
                return library("+", ops);
            case MINUS, CHECKED_MINUS:
                return library("-", ops);
            case TIMES, CHECKED_TIMES:
                return library("*", ops);
            case DIVIDE, CHECKED_DIVIDE:
                return library("/", ops);
            case MOD:
                return library("%", ops);
            case MINUS_PREFIX, CHECKED_MINUS_PREFIX:
                return library("-", ops);
            case PLUS_PREFIX:
                return convert(ops.get(0));
            case LIKE:
                {
                    String name = c.getOperator().getName().toUpperCase(Locale.ROOT);
                    Expr like = library(name.contains("ILIKE") ? "~~*" : "~~", ops);
                    return name.startsWith("NOT") ? not(like) : like;
                }
            case SIMILAR:
                {
                    String name = c.getOperator().getName().toUpperCase(Locale.ROOT);
                    Expr similar = library("similar_to", ops);
                    return name.startsWith("NOT") ? not(similar) : similar;
                }
            case POSIX_REGEX_CASE_SENSITIVE, POSIX_REGEX_CASE_INSENSITIVE:
                {
                    String name = c.getOperator().getName().toUpperCase(Locale.ROOT);
                    boolean negated = name.startsWith("NEGATED");
                    String op = kind == SqlKind.POSIX_REGEX_CASE_SENSITIVE ? "~" : "~*";
                    return library(negated ? "!" + op : op, ops.subList(0, 2));
                }
            case TRIM:
                return trim(c);
            case POSITION:
                return library("strpos", List.of(ops.get(1), ops.get(0)));
            case EXTRACT:
                return library("extract", ops);
            case ITEM:
                return library("subscript", ops);
            case SOME, ALL:
                return quantified(c);
            case ARRAY_VALUE_CONSTRUCTOR:
                return arrayConstructor(c, result);
            default:
                if (c.getOperator().getName().equalsIgnoreCase("array")) {
                    return arrayConstructor(c, result);
                }
                return library(c.getOperator().getName().toLowerCase(Locale.ROOT), ops);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Library calls

    /**
     * A call of library function (or operator) {@code name}: resolved for the operands' types,
     * operands converted to the chosen parameter types, the kernel bound.
     */
    private Expr library(String name, List<RexNode> operands) {
        List<Expr> args = new ArrayList<>(operands.size());
        List<DataType> types = new ArrayList<>(operands.size());
        for (RexNode n : operands) {
            Expr e = convert(n);
            args.add(e);
            types.add(argType(n, e));
        }
        Resolution r = functions.resolve(name, types).orElseThrow(() -> undefined(name, types));
        List<Expr> converted = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            converted.add(fold(castTo(args.get(i), r.argTypes().get(i))));
        }
        return new Call(r.bind(converted), converted, r.resultType());
    }

    /** The type the library resolves an operand as: UNKNOWN for untyped literals. */
    private static DataType argType(RexNode n, Expr e) {
        if (n instanceof RexLiteral l) {
            SqlTypeName t = l.getTypeName();
            if (l.getType().getSqlTypeName() == SqlTypeName.NULL
                    || l.getType().getSqlTypeName() == SqlTypeName.CHAR) {
                return DataType.UNKNOWN;
            }
            if (t == SqlTypeName.SYMBOL) {
                return DataType.VARCHAR;
            }
        }
        return e.type();
    }

    private static FreshetException undefined(String name, List<DataType> types) {
        boolean operator = !Character.isLetter(name.charAt(0));
        if (operator && types.size() == 2) {
            return new FreshetException(
                    ErrorCode.UNDEFINED_FUNCTION,
                    "operator does not exist: "
                            + FreshetOperatorTable.typeName(types.get(0))
                            + " "
                            + name
                            + " "
                            + FreshetOperatorTable.typeName(types.get(1)));
        }
        if (operator && types.size() == 1) {
            return new FreshetException(
                    ErrorCode.UNDEFINED_FUNCTION,
                    "operator does not exist: "
                            + name
                            + " "
                            + FreshetOperatorTable.typeName(types.get(0)));
        }
        return new FreshetException(
                ErrorCode.UNDEFINED_FUNCTION,
                "function " + FreshetOperatorTable.signature(name, types) + " does not exist");
    }

    private Expr castTo(Expr e, DataType target) {
        if (e.type().kind() == TypeKind.UNKNOWN && e instanceof Literal l && l.isNull()) {
            return Literal.nullOf(target);
        }
        return TypeCoercion.castTo(e, target);
    }

    /**
     * Folds a cast of a constant into a literal when its value cannot depend on the session (the
     * time zone): kernels then see constant arguments as literals.
     */
    private static Expr fold(Expr e) {
        if (!(e instanceof Call call)
                || !call.function().name().startsWith("CAST:")
                || !ConstantFolder.isConstant(e)
                || zoneDependent(call.type())
                || zoneDependent(call.args().get(0).type())) {
            return e;
        }
        return new Literal(e.type(), ConstantFolder.evaluate(e));
    }

    private static boolean zoneDependent(DataType t) {
        return switch (t.kind()) {
            case TIMESTAMPTZ -> true;
            case ARRAY -> zoneDependent(t.elementType());
            default -> false;
        };
    }

    // ---------------------------------------------------------------------------------------
    // Structural operators

    private Expr not(Expr e) {
        return new Call(LogicFunctions.NOT, List.of(e), DataType.BOOLEAN);
    }

    private Expr cast(RexCall c) {
        Expr arg = convert(c.getOperands().get(0));
        DataType target = CalciteTypes.toColumnType(c.getType());
        if (arg instanceof Literal lit && lit.isNull()) {
            return Literal.nullOf(target);
        }
        if (arg.type().equals(target)) {
            return arg;
        }
        return fold(
                new Call(CastFunctions.cast(arg.type(), target, castMode), List.of(arg), target));
    }

    private Expr caseWhen(RexCall c, DataType result) {
        List<RexNode> ops = c.getOperands();
        List<Expr> conds = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i + 1 < ops.size(); i += 2) {
            conds.add(convert(ops.get(i)));
            values.add(TypeCoercion.castTo(convert(ops.get(i + 1)), result));
        }
        Expr otherwise = TypeCoercion.castTo(convert(ops.get(ops.size() - 1)), result);
        List<Expr> coalesced = coalesceShape(conds, values, otherwise);
        if (coalesced != null) {
            return coalesce(coalesced, result);
        }
        return new CaseWhen(conds, values, otherwise, result);
    }

    /**
     * The arguments of {@code COALESCE(a, b, ...)} if the CASE is Calcite's expansion of it ({@code
     * CASE WHEN a IS NOT NULL THEN a ... ELSE z END}), else null.
     */
    private static @org.jspecify.annotations.Nullable List<Expr> coalesceShape(
            List<Expr> conds, List<Expr> values, Expr otherwise) {
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < conds.size(); i++) {
            if (!(conds.get(i) instanceof Call test)
                    || !test.function().name().equals("IS NOT NULL")
                    || !sameValue(test.args().get(0), values.get(i))) {
                return null;
            }
            args.add(values.get(i));
        }
        args.add(otherwise);
        return args;
    }

    private static boolean sameValue(Expr tested, Expr value) {
        if (tested.equals(value)) {
            return true;
        }
        // the value may be the tested expression cast to the CASE's type
        return value instanceof Call cast
                && cast.function().name().startsWith("CAST:")
                && cast.args().get(0).equals(tested);
    }

    /** COALESCE typed by the library (PostgreSQL's common type of the arguments), lazy. */
    private Expr coalesceCall(List<RexNode> ops) {
        List<Expr> args = new ArrayList<>(ops.size());
        List<DataType> types = new ArrayList<>(ops.size());
        for (RexNode n : ops) {
            Expr e = convert(n);
            args.add(e);
            types.add(argType(n, e));
        }
        Resolution r =
                functions
                        .resolve("coalesce", types)
                        .orElseThrow(() -> undefined("coalesce", types));
        List<Expr> converted = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            converted.add(fold(castTo(args.get(i), r.argTypes().get(i))));
        }
        return coalesce(converted, r.resultType());
    }

    /**
     * COALESCE: a vectorized kernel when every argument is cheap and cannot fail (columns,
     * constants), else a lazy CASE so later arguments run only where earlier ones are NULL.
     */
    private Expr coalesce(List<Expr> args, DataType result) {
        List<Expr> cast = new ArrayList<>(args.size());
        boolean simple = true;
        for (Expr a : args) {
            Expr e = TypeCoercion.castTo(a, result);
            cast.add(e);
            simple &= e instanceof InputRef || e instanceof Literal;
        }
        if (cast.size() == 1) {
            return cast.get(0);
        }
        if (simple) {
            return new Call(ConditionalFunctions.coalesce(result), cast, result);
        }
        List<Expr> conds = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < cast.size() - 1; i++) {
            conds.add(
                    new Call(
                            LogicFunctions.test(LogicFunctions.Test.IS_NOT_NULL),
                            List.of(cast.get(i)),
                            DataType.BOOLEAN));
            values.add(cast.get(i));
        }
        return new CaseWhen(conds, values, cast.get(cast.size() - 1), result);
    }

    private Expr trim(RexCall c) {
        List<RexNode> ops = c.getOperands();
        String side = symbolName((RexLiteral) ops.get(0));
        String name =
                switch (side) {
                    case "leading" -> "ltrim";
                    case "trailing" -> "rtrim";
                    default -> "btrim";
                };
        return library(name, List.of(ops.get(2), ops.get(1)));
    }

    /** {@code x op ANY (array)} and {@code x op ALL (array)}. */
    private Expr quantified(RexCall c) {
        String name = c.getOperator().getName().toUpperCase(Locale.ROOT);
        boolean all = c.getKind() == SqlKind.ALL;
        ComparisonFunctions.Op op =
                switch (name.substring(0, name.indexOf(' '))) {
                    case "=" -> ComparisonFunctions.Op.EQ;
                    case "<>" -> ComparisonFunctions.Op.NE;
                    case "<" -> ComparisonFunctions.Op.LT;
                    case "<=" -> ComparisonFunctions.Op.LE;
                    case ">" -> ComparisonFunctions.Op.GT;
                    case ">=" -> ComparisonFunctions.Op.GE;
                    default ->
                            throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED, name + " is not supported");
                };
        Expr x = convert(c.getOperands().get(0));
        Expr array = convert(c.getOperands().get(1));
        if (array.type().kind() != TypeKind.ARRAY) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "op ANY/ALL (array) requires array on right side");
        }
        DataType common =
                TypeCoercion.commonType(x.type(), array.type().elementType())
                        .orElseThrow(
                                () ->
                                        new FreshetException(
                                                ErrorCode.UNDEFINED_FUNCTION,
                                                "operator does not exist: "
                                                        + FreshetOperatorTable.typeName(x.type())
                                                        + " "
                                                        + op.symbol()
                                                        + " "
                                                        + FreshetOperatorTable.typeName(
                                                                array.type().elementType())));
        Expr left = fold(TypeCoercion.castTo(x, common));
        Expr right = fold(TypeCoercion.castTo(array, DataType.array(common)));
        return new Call(ArrayFunctions.quantified(op, all), List.of(left, right), DataType.BOOLEAN);
    }

    private Expr arrayConstructor(RexCall c, DataType result) {
        DataType element = result.elementType();
        List<Expr> args = new ArrayList<>();
        for (RexNode op : c.getOperands()) {
            args.add(TypeCoercion.castTo(convert(op), element));
        }
        return new Call(ArrayFunctions.constructor(result), args, result);
    }

    private Expr test(LogicFunctions.Test t, RexCall c) {
        return new Call(LogicFunctions.test(t), convertAll(c.getOperands()), DataType.BOOLEAN);
    }

    private List<Expr> coerceBoth(RexCall c) {
        RexNode ra = c.getOperands().get(0);
        RexNode rb = c.getOperands().get(1);
        Expr a = convert(ra);
        Expr b = convert(rb);
        DataType ta = argType(ra, a);
        DataType tb = argType(rb, b);
        DataType common =
                TypeCoercion.commonType(ta, tb)
                        .orElseThrow(
                                () ->
                                        new FreshetException(
                                                ErrorCode.UNDEFINED_FUNCTION,
                                                "operator does not exist: "
                                                        + FreshetOperatorTable.typeName(a.type())
                                                        + " "
                                                        + c.getOperator().getName()
                                                        + " "
                                                        + FreshetOperatorTable.typeName(b.type())));
        if (common.kind() == TypeKind.UNKNOWN) {
            common = DataType.VARCHAR;
        }
        return List.of(fold(castTo(a, common)), fold(castTo(b, common)));
    }

    private Expr compare(ComparisonFunctions.Op op, RexCall c) {
        return new Call(ComparisonFunctions.compare(op), coerceBoth(c), DataType.BOOLEAN);
    }
}
