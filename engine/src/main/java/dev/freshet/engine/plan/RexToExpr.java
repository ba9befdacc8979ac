package dev.freshet.engine.plan;

import dev.freshet.engine.expr.ArithmeticFunctions;
import dev.freshet.engine.expr.Call;
import dev.freshet.engine.expr.CaseWhen;
import dev.freshet.engine.expr.CastFunctions;
import dev.freshet.engine.expr.ComparisonFunctions;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.expr.InputRef;
import dev.freshet.engine.expr.Literal;
import dev.freshet.engine.expr.LogicFunctions;
import dev.freshet.engine.expr.Param;
import dev.freshet.engine.expr.ScalarFunction;
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
 * Lowers Calcite row expressions to our {@link Expr}: literals to Java values, operators to
 * kernels, with PostgreSQL's operand coercions made explicit as casts.
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
        DataType t = type(l.getType());
        if (l.isNull()) {
            return Literal.nullOf(t);
        }
        SqlTypeName n = l.getTypeName();
        Object v =
                switch (n) {
                    case BOOLEAN -> l.getValueAs(Boolean.class);
                    case TINYINT, SMALLINT, INTEGER, BIGINT -> l.getValueAs(Long.class);
                    case DECIMAL -> {
                        BigDecimal b = l.getValueAs(BigDecimal.class);
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
        switch (kind) {
            case SEARCH:
                return convert(RexUtil.expandSearch(rexBuilder, null, c));
            case AND:
                return new Call(LogicFunctions.AND, convertAll(c.getOperands()), DataType.BOOLEAN);
            case OR:
                return new Call(LogicFunctions.OR, convertAll(c.getOperands()), DataType.BOOLEAN);
            case NOT:
                return new Call(LogicFunctions.NOT, convertAll(c.getOperands()), DataType.BOOLEAN);
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
                {
                    Expr arg = convert(c.getOperands().get(0));
                    DataType target = CalciteTypes.toColumnType(c.getType());
                    if (arg instanceof Literal lit && lit.isNull()) {
                        return Literal.nullOf(target);
                    }
                    if (arg.type().equals(target)) {
                        return arg;
                    }
                    return new Call(
                            CastFunctions.cast(arg.type(), target, castMode), List.of(arg), target);
                }
            case CASE:
                {
                    List<RexNode> ops = c.getOperands();
                    List<Expr> conds = new ArrayList<>();
                    List<Expr> values = new ArrayList<>();
                    for (int i = 0; i + 1 < ops.size(); i += 2) {
                        conds.add(convert(ops.get(i)));
                        values.add(TypeCoercion.castTo(convert(ops.get(i + 1)), result));
                    }
                    Expr otherwise = TypeCoercion.castTo(convert(ops.get(ops.size() - 1)), result);
                    return new CaseWhen(conds, values, otherwise, result);
                }
            case COALESCE:
                {
                    List<Expr> args = convertAll(c.getOperands());
                    List<Expr> conds = new ArrayList<>();
                    List<Expr> values = new ArrayList<>();
                    for (int i = 0; i < args.size() - 1; i++) {
                        conds.add(
                                new Call(
                                        LogicFunctions.test(LogicFunctions.Test.IS_NOT_NULL),
                                        List.of(args.get(i)),
                                        DataType.BOOLEAN));
                        values.add(TypeCoercion.castTo(args.get(i), result));
                    }
                    Expr last = TypeCoercion.castTo(args.get(args.size() - 1), result);
                    return conds.isEmpty() ? last : new CaseWhen(conds, values, last, result);
                }
            case PLUS:
                return arithmetic(ArithmeticFunctions.Op.ADD, c, result);
            case MINUS:
                return arithmetic(ArithmeticFunctions.Op.SUB, c, result);
            case TIMES:
                return arithmetic(ArithmeticFunctions.Op.MUL, c, result);
            case DIVIDE:
                return arithmetic(ArithmeticFunctions.Op.DIV, c, result);
            case MOD:
                return arithmetic(ArithmeticFunctions.Op.MOD, c, result);
            case MINUS_PREFIX:
                {
                    Expr arg = TypeCoercion.castTo(convert(c.getOperands().get(0)), result);
                    return new Call(ArithmeticFunctions.negate(result), List.of(arg), result);
                }
            case PLUS_PREFIX:
                return convert(c.getOperands().get(0));
            case LIKE:
                return like(
                        c, c.getOperator().getName().toUpperCase(Locale.ROOT).contains("ILIKE"));
            case ARRAY_VALUE_CONSTRUCTOR:
                return arrayConstructor(c, result);
            default:
                if (c.getOperator().getName().equalsIgnoreCase("array")) {
                    return arrayConstructor(c, result);
                }
                return function(c, result);
        }
    }

    private Expr arrayConstructor(RexCall c, DataType result) {
        DataType element = result.elementType();
        List<Expr> args = new ArrayList<>();
        for (RexNode op : c.getOperands()) {
            args.add(TypeCoercion.castTo(convert(op), element));
        }
        return new Call(dev.freshet.engine.expr.ArrayFunctions.constructor(result), args, result);
    }

    private Expr test(LogicFunctions.Test t, RexCall c) {
        return new Call(LogicFunctions.test(t), convertAll(c.getOperands()), DataType.BOOLEAN);
    }

    private List<Expr> coerceBoth(RexCall c) {
        Expr a = convert(c.getOperands().get(0));
        Expr b = convert(c.getOperands().get(1));
        DataType common =
                TypeCoercion.commonType(a.type(), b.type())
                        .orElseThrow(
                                () ->
                                        new FreshetException(
                                                ErrorCode.UNDEFINED_FUNCTION,
                                                "operator does not exist: "
                                                        + a.type().sqlName()
                                                        + " "
                                                        + c.getOperator().getName()
                                                        + " "
                                                        + b.type().sqlName()));
        return List.of(TypeCoercion.castTo(a, common), TypeCoercion.castTo(b, common));
    }

    private Expr compare(ComparisonFunctions.Op op, RexCall c) {
        return new Call(ComparisonFunctions.compare(op), coerceBoth(c), DataType.BOOLEAN);
    }

    private Expr arithmetic(ArithmeticFunctions.Op op, RexCall c, DataType result) {
        Expr a = convert(c.getOperands().get(0));
        Expr b = convert(c.getOperands().get(1));
        if (result.kind().isNumeric()
                && a.type().kind().isNumeric()
                && b.type().kind().isNumeric()) {
            DataType t = result.unconstrained();
            return new Call(
                    ArithmeticFunctions.binary(op, t),
                    List.of(TypeCoercion.castTo(a, t), TypeCoercion.castTo(b, t)),
                    t);
        }
        String name =
                switch (op) {
                    case ADD -> "+";
                    case SUB -> "-";
                    case MUL -> "*";
                    case DIV -> "/";
                    case MOD -> "%";
                };
        return resolve(name, List.of(a, b), result);
    }

    private Expr like(RexCall c, boolean caseInsensitive) {
        List<Expr> args = convertAll(c.getOperands());
        Expr e = resolve(caseInsensitive ? "ilike" : "like", args, DataType.BOOLEAN);
        if (c.getOperator().getName().toUpperCase(Locale.ROOT).startsWith("NOT")) {
            return new Call(LogicFunctions.NOT, List.of(e), DataType.BOOLEAN);
        }
        return e;
    }

    private Expr function(RexCall c, DataType result) {
        String name = c.getOperator().getName().toLowerCase(Locale.ROOT);
        List<Expr> args = convertAll(c.getOperands());
        return resolve(name, args, result);
    }

    private Expr resolve(String name, List<Expr> args, DataType result) {
        List<DataType> types = new ArrayList<>(args.size());
        for (Expr a : args) {
            types.add(a.type());
        }
        ScalarFunction f =
                functions
                        .resolve(name, types, result)
                        .orElseThrow(
                                () ->
                                        new FreshetException(
                                                ErrorCode.UNDEFINED_FUNCTION,
                                                "function "
                                                        + name
                                                        + "("
                                                        + String.join(
                                                                ", ",
                                                                types.stream()
                                                                        .map(DataType::sqlName)
                                                                        .toList())
                                                        + ") does not exist"));
        return new Call(f, args, f.resultType());
    }
}
