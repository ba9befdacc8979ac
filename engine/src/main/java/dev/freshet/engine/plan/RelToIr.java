package dev.freshet.engine.plan;

import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.expr.InputRef;
import dev.freshet.engine.expr.Literal;
import dev.freshet.engine.expr.TypeCoercion;
import dev.freshet.engine.ir.AggCall;
import dev.freshet.engine.ir.AggKind;
import dev.freshet.engine.ir.AggregateNode;
import dev.freshet.engine.ir.ChangeMode;
import dev.freshet.engine.ir.Field;
import dev.freshet.engine.ir.FilterNode;
import dev.freshet.engine.ir.JoinKind;
import dev.freshet.engine.ir.JoinNode;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.ir.PlanProperties;
import dev.freshet.engine.ir.ProjectNode;
import dev.freshet.engine.ir.ScanNode;
import dev.freshet.engine.ir.SortKey;
import dev.freshet.engine.ir.SortNode;
import dev.freshet.engine.ir.UnionNode;
import dev.freshet.engine.ir.ValuesNode;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Lowers a logical Calcite plan to our IR. Calcite stops here: nothing downstream of the IR imports
 * it.
 *
 * <p>For an ad-hoc query, scans read a snapshot and so are append-only; for a view they follow the
 * relation's changes and inherit its change mode. Aggregates that cannot retract are refused over
 * retracting inputs here, with a message saying why.
 */
public final class RelToIr {
    private final RexToExpr rex;
    private final org.apache.calcite.rex.RexBuilder rexBuilder;
    private final boolean snapshot;

    /**
     * @param snapshot true when planning a one-shot read (ad-hoc query, DML source)
     */
    public RelToIr(
            org.apache.calcite.rex.RexBuilder rexBuilder,
            FunctionLibrary functions,
            boolean snapshot,
            dev.freshet.engine.expr.CastFunctions.Mode castMode) {
        this.rex = new RexToExpr(rexBuilder, functions, castMode);
        this.rexBuilder = rexBuilder;
        this.snapshot = snapshot;
    }

    private dev.freshet.engine.spi.@org.jspecify.annotations.Nullable ModelCatalog models;

    /** Lets one-shot plans read model_history from {@code models} (null: not available). */
    public RelToIr withModels(
            dev.freshet.engine.spi.@org.jspecify.annotations.Nullable ModelCatalog models) {
        this.models = models;
        return this;
    }

    private dev.freshet.engine.expr.@org.jspecify.annotations.Nullable SessionInfo session;

    /**
     * Lets one-shot plans compute table function arguments that read the session (null: none, as in
     * views).
     */
    public RelToIr withSession(
            dev.freshet.engine.expr.@org.jspecify.annotations.Nullable SessionInfo session) {
        this.session = session;
        return this;
    }

    public RexToExpr rex() {
        return rex;
    }

    public PlanNode convert(RelNode rel) {
        return switch (rel) {
            case TableScan s -> scan(s);
            case Values v -> values(v);
            case Filter f -> filter(f);
            case Project p -> {
                if (!snapshot) {
                    for (RexNode e : p.getProjects()) {
                        refuseClock(rex.convert(e), "in the SELECT list");
                    }
                }
                yield project(p);
            }
            case Aggregate a -> aggregate(a);
            case Join j -> join(j);
            case Union u -> union(u);
            case org.apache.calcite.rel.core.SetOp s -> intersectOrExcept(s);
            case Sort s -> sort(s);
            case TableFunctionScan t -> tableFunction(t);
            case org.apache.calcite.rel.core.Snapshot s -> {
                checkProcessTime(s);
                if (!snapshot) {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "FOR SYSTEM_TIME AS OF PROCTIME() belongs on the right side of a join"
                                    + " in a materialized view (a temporal join)");
                }
                yield convert(s.getInput());
            }
            case org.apache.calcite.rel.core.Window w -> window(w);
            case Correlate c ->
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "this correlated subquery cannot be decorrelated");
            default ->
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "query construct " + rel.getRelTypeName() + " is not supported yet");
        };
    }

    /** The clock functions a temporal filter may compare with (monotone in time). */
    private static final java.util.Set<String> CLOCKS =
            java.util.Set.of(
                    "now",
                    "current_timestamp",
                    "transaction_timestamp",
                    "statement_timestamp",
                    "localtimestamp",
                    "current_date",
                    "proctime",
                    "clock_timestamp");

    /** True if {@code e} reads the clock (now(), current_time, ...). */
    static boolean readsClock(Expr e) {
        return switch (e) {
            case dev.freshet.engine.expr.Call c -> {
                String fn = c.function().name();
                if (CLOCKS.contains(fn) || fn.equals("current_time") || fn.equals("localtime")) {
                    yield true;
                }
                yield c.args().stream().anyMatch(RelToIr::readsClock);
            }
            case dev.freshet.engine.expr.CaseWhen w ->
                    w.conditions().stream().anyMatch(RelToIr::readsClock)
                            || w.results().stream().anyMatch(RelToIr::readsClock)
                            || readsClock(w.otherwise());
            default -> false;
        };
    }

    private static boolean readsOnlyMonotoneClock(Expr e) {
        return switch (e) {
            case dev.freshet.engine.expr.Call c ->
                    !c.function().name().equals("current_time")
                            && !c.function().name().equals("localtime")
                            && c.args().stream().allMatch(RelToIr::readsOnlyMonotoneClock);
            case dev.freshet.engine.expr.CaseWhen w -> false;
            default -> true;
        };
    }

    private static boolean readsColumns(Expr e) {
        return switch (e) {
            case InputRef r -> true;
            case dev.freshet.engine.expr.Call c ->
                    c.args().stream().anyMatch(RelToIr::readsColumns);
            case dev.freshet.engine.expr.CaseWhen w ->
                    w.conditions().stream().anyMatch(RelToIr::readsColumns)
                            || w.results().stream().anyMatch(RelToIr::readsColumns)
                            || readsColumns(w.otherwise());
            default -> false;
        };
    }

    private static final String TEMPORAL_HINT =
            "; a view may compare a column with the clock only in WHERE, as in WHERE ts > now() -"
                    + " INTERVAL '1 hour' (rows then leave the view as time passes)";

    private static void refuseClock(Expr e, String where) {
        if (readsClock(e)) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "a materialized view cannot use now() or the current time "
                            + where
                            + ": its result would change with time without any write"
                            + TEMPORAL_HINT);
        }
    }

    /**
     * A filter. In a view, conditions comparing a row value with the clock become a {@code
     * TemporalFilterNode} (rows enter and leave the view as time passes); the rest stays a filter.
     */
    private PlanNode filter(Filter f) {
        PlanNode input = convert(f.getInput());
        if (snapshot) {
            return new FilterNode(input, rex.convert(f.getCondition()));
        }
        List<RexNode> plain = new ArrayList<>();
        dev.freshet.engine.ir.TemporalFilterNode.Bound since = null;
        dev.freshet.engine.ir.TemporalFilterNode.Bound until = null;
        for (RexNode c : RelOptUtil.conjunctions(f.getCondition())) {
            Expr whole = rex.convert(c);
            if (!readsClock(whole)) {
                plain.add(c);
                continue;
            }
            if (!(c instanceof org.apache.calcite.rex.RexCall call)
                    || call.getOperands().size() != 2
                    || !java.util.EnumSet.of(
                                    org.apache.calcite.sql.SqlKind.LESS_THAN,
                                    org.apache.calcite.sql.SqlKind.LESS_THAN_OR_EQUAL,
                                    org.apache.calcite.sql.SqlKind.GREATER_THAN,
                                    org.apache.calcite.sql.SqlKind.GREATER_THAN_OR_EQUAL)
                            .contains(call.getKind())) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "a materialized view can compare with now() only by <, <=, > or >=, in a"
                                + " condition joined to the rest by AND"
                                + TEMPORAL_HINT);
            }
            Expr left = rex.convert(call.getOperands().get(0));
            Expr right = rex.convert(call.getOperands().get(1));
            org.apache.calcite.sql.SqlKind kind = call.getKind();
            if (readsClock(left)) {
                Expr t = left;
                left = right;
                right = t;
                kind = kind.reverse();
            }
            if (readsClock(left) || readsColumns(right) || !readsOnlyMonotoneClock(right)) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "a temporal filter compares a row value with an expression of the clock"
                                + " alone (now(), current_timestamp, current_date, plus or minus"
                                + " a constant)"
                                + TEMPORAL_HINT);
            }
            DataType common =
                    TypeCoercion.commonType(left.type(), right.type())
                            .orElseThrow(
                                    () ->
                                            new FreshetException(
                                                    ErrorCode.DATATYPE_MISMATCH,
                                                    "cannot compare " + call + " with the clock"));
            if (common.kind() != dev.freshet.engine.type.TypeKind.TIMESTAMP
                    && common.kind() != dev.freshet.engine.type.TypeKind.TIMESTAMPTZ
                    && common.kind() != dev.freshet.engine.type.TypeKind.DATE) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "a temporal filter compares a date or timestamp with the clock, not "
                                + common.sqlName());
            }
            left = TypeCoercion.castTo(left, common);
            right = TypeCoercion.castTo(right, common);
            boolean inclusive =
                    kind == org.apache.calcite.sql.SqlKind.LESS_THAN_OR_EQUAL
                            || kind == org.apache.calcite.sql.SqlKind.GREATER_THAN_OR_EQUAL;
            var bound = new dev.freshet.engine.ir.TemporalFilterNode.Bound(left, right, inclusive);
            boolean isSince =
                    kind == org.apache.calcite.sql.SqlKind.LESS_THAN
                            || kind == org.apache.calcite.sql.SqlKind.LESS_THAN_OR_EQUAL;
            if (isSince ? since != null : until != null) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "a materialized view supports one lower and one upper time bound against"
                                + " now(), not two "
                                + (isSince ? "lower" : "upper")
                                + " bounds");
            }
            if (isSince) {
                since = bound;
            } else {
                until = bound;
            }
        }
        PlanNode out = input;
        if (!plain.isEmpty()) {
            out = new FilterNode(input, rex.convert(RexUtil.composeConjunction(rexBuilder, plain)));
        }
        if (since != null || until != null) {
            out = new dev.freshet.engine.ir.TemporalFilterNode(out, since, until, out.fields());
        }
        return out;
    }

    private PlanNode tableFunction(TableFunctionScan t) {
        if (!(t.getCall() instanceof org.apache.calcite.rex.RexCall call)) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "table function is not supported");
        }
        String name = call.getOperator().getName().toLowerCase(Locale.ROOT);
        if (name.equals("changelog") && t.getInputs().size() == 1) {
            return new dev.freshet.engine.ir.ChangelogNode(
                    convert(t.getInputs().get(0)), fields(t.getRowType()));
        }
        if (name.equals("session") && t.getInputs().size() == 1) {
            return sessionWindow(call, convert(t.getInputs().get(0)), fields(t.getRowType()));
        }
        if ((name.equals("tumble") || name.equals("hop")) && t.getInputs().size() == 1) {
            return timeWindow(name, call, convert(t.getInputs().get(0)), fields(t.getRowType()));
        }
        if (name.equals("generate_series") && t.getInputs().isEmpty()) {
            long[] args = new long[] {0, 0, 1};
            for (int i = 0; i < call.getOperands().size(); i++) {
                Object v =
                        dev.freshet.engine.expr.ConstantFolder.evaluate(
                                rex.convert(call.getOperands().get(i)),
                                dev.freshet.engine.expr.EvalContext.forStatement(
                                                java.time.ZoneOffset.UTC)
                                        .withSession(snapshot ? session : null));
                if (v == null) {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "generate_series arguments must not be NULL");
                }
                args[i] = ((Number) v).longValue();
            }
            return new dev.freshet.engine.ir.SeriesNode(
                    args[0], args[1], args[2], fields(t.getRowType()));
        }
        if (name.equals("pg_get_keywords") && t.getInputs().isEmpty()) {
            return PgGetKeywordsTableFunction.rows(fields(t.getRowType()));
        }
        if (name.equals("model_history") && t.getInputs().isEmpty()) {
            return modelHistory(call, fields(t.getRowType()));
        }
        throw new FreshetException(
                ErrorCode.FEATURE_NOT_SUPPORTED,
                "table function " + name + " is not supported yet");
    }

    /**
     * SESSION(TABLE t, DESCRIPTOR(ts) [, DESCRIPTOR(key, ...)], gap): each row with its session's
     * window_start and window_end, per key. Kept up to date in ordinary views: a late row that
     * bridges two sessions moves both sessions' rows into one (retracting their old bounds).
     */
    private PlanNode sessionWindow(
            org.apache.calcite.rex.RexCall call, PlanNode input, List<Field> fields) {
        List<org.apache.calcite.rex.RexNode> ops = call.getOperands();
        int col = descriptorColumns(ops.get(0), "session").get(0);
        DataType timeType = input.fields().get(col).type();
        if (timeType.kind() != dev.freshet.engine.type.TypeKind.TIMESTAMP
                && timeType.kind() != dev.freshet.engine.type.TypeKind.TIMESTAMPTZ) {
            throw new FreshetException(
                    ErrorCode.DATATYPE_MISMATCH,
                    "session needs a timestamp column, not " + timeType.sqlName());
        }
        List<Integer> keys = ops.size() > 2 ? descriptorColumns(ops.get(1), "session") : List.of();
        long gap = intervalMicros(ops.get(ops.size() - 1), "session");
        dev.freshet.engine.ir.WindowFrame whole = dev.freshet.engine.ir.WindowFrame.WHOLE;
        List<dev.freshet.engine.ir.WindowCall> calls =
                List.of(
                        new dev.freshet.engine.ir.WindowCall(
                                dev.freshet.engine.ir.WindowCall.Function.SESSION_START,
                                List.of(col),
                                gap,
                                null,
                                whole,
                                timeType),
                        new dev.freshet.engine.ir.WindowCall(
                                dev.freshet.engine.ir.WindowCall.Function.SESSION_END,
                                List.of(col),
                                gap,
                                null,
                                whole,
                                timeType));
        return new dev.freshet.engine.ir.WindowNode(
                input, keys, List.of(new SortKey(col, false, false)), calls, fields);
    }

    private static List<Integer> descriptorColumns(
            org.apache.calcite.rex.RexNode descriptor, String function) {
        List<Integer> cols = new ArrayList<>();
        if (descriptor instanceof org.apache.calcite.rex.RexCall d) {
            for (org.apache.calcite.rex.RexNode n : d.getOperands()) {
                if (n instanceof org.apache.calcite.rex.RexInputRef ref) {
                    cols.add(ref.getIndex());
                }
            }
        }
        if (cols.isEmpty()) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    function + " needs DESCRIPTOR(column) arguments naming input columns");
        }
        return cols;
    }

    /**
     * {@code model_history('name')}: the model's published versions, read when the query is planned
     * (a snapshot; not available in views).
     */
    private PlanNode modelHistory(org.apache.calcite.rex.RexCall call, List<Field> fs) {
        if (!snapshot || models == null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "model_history can be read by queries, not by materialized views");
        }
        Object name =
                dev.freshet.engine.expr.ConstantFolder.evaluate(
                        rex.convert(call.getOperands().get(0)));
        if (!(name instanceof String n)) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE, "model_history needs a model name");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : models.history(n)) {
            rows.add(java.util.Arrays.asList(r));
        }
        return new ValuesNode(fs, rows);
    }

    /** TUMBLE as a projection adding the window bounds; HOP as a {@code HopNode}. */
    private PlanNode timeWindow(
            String name, org.apache.calcite.rex.RexCall call, PlanNode input, List<Field> fields) {
        List<org.apache.calcite.rex.RexNode> ops = call.getOperands();
        org.apache.calcite.rex.RexNode descriptor = ops.get(0);
        if (!(descriptor instanceof org.apache.calcite.rex.RexCall d)
                || d.getOperands().size() != 1
                || !(d.getOperands().get(0) instanceof org.apache.calcite.rex.RexInputRef ref)) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, name + " needs exactly one time column");
        }
        int col = ref.getIndex();
        DataType timeType = input.fields().get(col).type();
        if (timeType.kind() != dev.freshet.engine.type.TypeKind.TIMESTAMP
                && timeType.kind() != dev.freshet.engine.type.TypeKind.TIMESTAMPTZ) {
            throw new FreshetException(
                    ErrorCode.DATATYPE_MISMATCH,
                    name + " needs a timestamp column, not " + timeType.sqlName());
        }
        long first = intervalMicros(ops.get(1), name);
        if (name.equals("tumble")) {
            long offset = ops.size() > 2 ? intervalMicros(ops.get(2), name) : 0;
            List<Expr> exprs = new ArrayList<>();
            for (int i = 0; i < input.fields().size(); i++) {
                exprs.add(new InputRef(i, input.fields().get(i).type()));
            }
            Expr start =
                    new dev.freshet.engine.expr.Call(
                            dev.freshet.engine.expr.TimeWindowKernels.windowStart(
                                    timeType, first, offset),
                            List.of(new InputRef(col, timeType)),
                            timeType);
            exprs.add(start);
            exprs.add(
                    new dev.freshet.engine.expr.Call(
                            dev.freshet.engine.expr.TimeWindowKernels.shift(timeType, first),
                            List.of(start),
                            timeType));
            return new ProjectNode(input, exprs, fields);
        }
        long size = intervalMicros(ops.get(2), name);
        long offset = ops.size() > 3 ? intervalMicros(ops.get(3), name) : 0;
        if (size % first != 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "hop: the window size must be a multiple of the slide");
        }
        return new dev.freshet.engine.ir.HopNode(input, col, first, size, offset, fields);
    }

    private long intervalMicros(org.apache.calcite.rex.RexNode n, String function) {
        Object v = dev.freshet.engine.expr.ConstantFolder.evaluate(rex.convert(n));
        if (!(v instanceof dev.freshet.engine.type.Interval i) || i.months() != 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    function + ": window sizes must be constant intervals without months");
        }
        long micros = i.days() * dev.freshet.engine.type.Interval.MICROS_PER_DAY + i.micros();
        if (micros <= 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    function + ": window sizes must be positive");
        }
        return micros;
    }

    /** A Calcite window (one or more groups) as a chain of {@code WindowNode}s. */
    private PlanNode window(org.apache.calcite.rel.core.Window w) {
        PlanNode current = convert(w.getInput());
        int width = current.fields().size();
        List<Field> all = fields(w.getRowType());
        int out = width;
        for (org.apache.calcite.rel.core.Window.Group g : w.groups) {
            List<SortKey> order = new ArrayList<>();
            for (RelFieldCollation fc : g.orderKeys.getFieldCollations()) {
                boolean desc = fc.getDirection().isDescending();
                boolean nullsFirst =
                        switch (fc.nullDirection) {
                            case FIRST -> true;
                            case LAST -> false;
                            default -> desc;
                        };
                order.add(new SortKey(fc.getFieldIndex(), desc, nullsFirst));
            }
            dev.freshet.engine.ir.WindowFrame frame = frame(g, w, width, current);
            List<dev.freshet.engine.ir.WindowCall> calls = new ArrayList<>();
            List<Field> fs = new ArrayList<>(current.fields());
            for (org.apache.calcite.rel.core.Window.RexWinAggCall c : g.aggCalls) {
                calls.add(windowCall(c, w, width, frame));
                fs.add(all.get(out++));
            }
            current =
                    new dev.freshet.engine.ir.WindowNode(
                            current, g.keys.asList(), order, calls, fs);
        }
        return current;
    }

    /** Thrown by {@link #bound} for an offset that must stay exact (a numeric or float key). */
    private static final class ExactOffset extends RuntimeException {
        final @org.jspecify.annotations.Nullable Object value;

        ExactOffset(@org.jspecify.annotations.Nullable Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private dev.freshet.engine.ir.WindowFrame frame(
            org.apache.calcite.rel.core.Window.Group g,
            org.apache.calcite.rel.core.Window w,
            int width,
            PlanNode current) {
        DataType key = rangeKeyType(g, current);
        long[] bounds = new long[2];
        java.math.BigDecimal[] exact = new java.math.BigDecimal[2];
        org.apache.calcite.rex.RexWindowBound[] bs = {g.lowerBound, g.upperBound};
        for (int i = 0; i < 2; i++) {
            try {
                bounds[i] = bound(bs[i], w, width, i == 0, key);
            } catch (ExactOffset e) {
                java.math.BigDecimal off =
                        switch (e.value) {
                            case dev.freshet.engine.type.Decimal dec when dec.isFinite() ->
                                    dec.bigDecimal();
                            case Double dbl when Double.isFinite(dbl) ->
                                    java.math.BigDecimal.valueOf(dbl);
                            case Long l -> java.math.BigDecimal.valueOf(l);
                            case Integer n -> java.math.BigDecimal.valueOf(n);
                            case null, default ->
                                    throw new FreshetException(
                                            ErrorCode.FEATURE_NOT_SUPPORTED,
                                            "RANGE frame offsets must be numeric constants");
                        };
                if (off.signum() < 0) {
                    throw new FreshetException(
                            ErrorCode.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                            "invalid preceding or following size in window function");
                }
                exact[i] = off;
                bounds[i] = ((i == 0) == bs[i].isPreceding()) ? 1 : -1;
            }
        }
        return new dev.freshet.engine.ir.WindowFrame(
                g.isRows, bounds[0], bounds[1], exact[0], exact[1]);
    }

    /** The type of a RANGE frame's single ORDER BY column, or null (ROWS, or no single key). */
    private static @org.jspecify.annotations.Nullable DataType rangeKeyType(
            org.apache.calcite.rel.core.Window.Group g, PlanNode input) {
        if (g.isRows || g.orderKeys.getFieldCollations().size() != 1) {
            return null;
        }
        return input.fields().get(g.orderKeys.getFieldCollations().get(0).getFieldIndex()).type();
    }

    private long bound(
            org.apache.calcite.rex.RexWindowBound b,
            org.apache.calcite.rel.core.Window w,
            int width,
            boolean lower,
            @org.jspecify.annotations.Nullable DataType rangeKey) {
        if (b.isUnbounded()) {
            return dev.freshet.engine.ir.WindowFrame.UNBOUNDED;
        }
        if (b.isCurrentRow()) {
            return 0;
        }
        Object v = windowConstant(b.getOffset(), w, width);
        if (v instanceof dev.freshet.engine.type.Interval i && rangeKey != null) {
            if (i.months() != 0) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "RANGE frame offsets with months are not supported");
            }
            long micros = i.days() * dev.freshet.engine.type.Interval.MICROS_PER_DAY + i.micros();
            long off =
                    switch (rangeKey.kind()) {
                        case TIMESTAMP, TIMESTAMPTZ, TIME -> micros;
                        case DATE -> micros / dev.freshet.engine.type.Interval.MICROS_PER_DAY;
                        default ->
                                throw new FreshetException(
                                        ErrorCode.WINDOWING_ERROR,
                                        "RANGE with an interval offset needs a date or time"
                                                + " ORDER BY column, not "
                                                + rangeKey.sqlName());
                    };
            if (off < 0) {
                throw new FreshetException(
                        ErrorCode.INVALID_PRECEDING_OR_FOLLOWING_SIZE,
                        "invalid preceding or following size in window function");
            }
            return (lower == b.isPreceding()) ? off : -off;
        }
        if (rangeKey != null
                && (rangeKey.kind() == dev.freshet.engine.type.TypeKind.DECIMAL
                        || rangeKey.kind() == dev.freshet.engine.type.TypeKind.DOUBLE
                        || rangeKey.kind() == dev.freshet.engine.type.TypeKind.REAL)) {
            throw new ExactOffset(v);
        }
        if (!(v instanceof Number n)) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "window frame offsets must be integer constants");
        }
        long off = n.longValue();
        // lower bounds count preceding rows, upper bounds following rows
        return (lower == b.isPreceding()) ? off : -off;
    }

    private @org.jspecify.annotations.Nullable Object windowConstant(
            org.apache.calcite.rex.RexNode n, org.apache.calcite.rel.core.Window w, int width) {
        if (n instanceof org.apache.calcite.rex.RexInputRef ref && ref.getIndex() >= width) {
            return rex.literal(w.getConstants().get(ref.getIndex() - width)).value();
        }
        if (n instanceof RexLiteral l) {
            return rex.literal(l).value();
        }
        throw new FreshetException(
                ErrorCode.FEATURE_NOT_SUPPORTED,
                "window function arguments must be columns or constants");
    }

    private dev.freshet.engine.ir.WindowCall windowCall(
            org.apache.calcite.rel.core.Window.RexWinAggCall c,
            org.apache.calcite.rel.core.Window w,
            int width,
            dev.freshet.engine.ir.WindowFrame frame) {
        if (c.distinct) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "DISTINCT in window functions is not supported");
        }
        String name = c.getOperator().getName().toUpperCase(Locale.ROOT);
        List<org.apache.calcite.rex.RexNode> ops = c.getOperands();
        dev.freshet.engine.ir.WindowCall.Function fn =
                switch (name) {
                    case "ROW_NUMBER" -> dev.freshet.engine.ir.WindowCall.Function.ROW_NUMBER;
                    case "RANK" -> dev.freshet.engine.ir.WindowCall.Function.RANK;
                    case "DENSE_RANK" -> dev.freshet.engine.ir.WindowCall.Function.DENSE_RANK;
                    case "PERCENT_RANK" -> dev.freshet.engine.ir.WindowCall.Function.PERCENT_RANK;
                    case "CUME_DIST" -> dev.freshet.engine.ir.WindowCall.Function.CUME_DIST;
                    case "NTILE" -> dev.freshet.engine.ir.WindowCall.Function.NTILE;
                    case "LAG" -> dev.freshet.engine.ir.WindowCall.Function.LAG;
                    case "LEAD" -> dev.freshet.engine.ir.WindowCall.Function.LEAD;
                    case "FIRST_VALUE" -> dev.freshet.engine.ir.WindowCall.Function.FIRST_VALUE;
                    case "LAST_VALUE" -> dev.freshet.engine.ir.WindowCall.Function.LAST_VALUE;
                    case "NTH_VALUE" -> dev.freshet.engine.ir.WindowCall.Function.NTH_VALUE;
                    case "COUNT" ->
                            ops.isEmpty()
                                    ? dev.freshet.engine.ir.WindowCall.Function.COUNT_STAR
                                    : dev.freshet.engine.ir.WindowCall.Function.COUNT;
                    case "SUM" -> dev.freshet.engine.ir.WindowCall.Function.SUM;
                    case "$SUM0" -> dev.freshet.engine.ir.WindowCall.Function.SUM0;
                    case "MIN" -> dev.freshet.engine.ir.WindowCall.Function.MIN;
                    case "MAX" -> dev.freshet.engine.ir.WindowCall.Function.MAX;
                    case "AVG" -> dev.freshet.engine.ir.WindowCall.Function.AVG;
                    default ->
                            throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED,
                                    "window function "
                                            + name.toLowerCase(Locale.ROOT)
                                            + " is not supported yet");
                };
        List<Integer> args = new ArrayList<>();
        long offset = 1;
        Object dflt = null;
        switch (fn) {
            case LAG, LEAD -> {
                args.add(columnArg(ops.get(0), width, name));
                if (ops.size() > 1) {
                    offset = ((Number) windowConstant(ops.get(1), w, width)).longValue();
                }
                if (ops.size() > 2) {
                    dflt = windowConstant(ops.get(2), w, width);
                }
            }
            case NTILE -> offset = ((Number) windowConstant(ops.get(0), w, width)).longValue();
            case NTH_VALUE -> {
                args.add(columnArg(ops.get(0), width, name));
                offset = ((Number) windowConstant(ops.get(1), w, width)).longValue();
            }
            default -> {
                for (org.apache.calcite.rex.RexNode o : ops) {
                    args.add(columnArg(o, width, name));
                }
            }
        }
        DataType resultType = CalciteTypes.toDataType(c.getType());
        if (dflt != null) {
            // lag(double_col, 1, -2.5): the default (here NUMERIC) takes the result's type
            Object value = dflt;
            DataType from = CalciteTypes.toDataType(ops.get(2).getType());
            dflt =
                    dev.freshet.engine.expr.ConstantFolder.evaluate(
                            dev.freshet.engine.expr.TypeCoercion.castTo(
                                    new dev.freshet.engine.expr.Literal(from, value), resultType));
        }
        return new dev.freshet.engine.ir.WindowCall(fn, args, offset, dflt, frame, resultType);
    }

    private static int columnArg(org.apache.calcite.rex.RexNode n, int width, String fn) {
        if (n instanceof org.apache.calcite.rex.RexInputRef ref && ref.getIndex() < width) {
            return ref.getIndex();
        }
        throw new FreshetException(
                ErrorCode.FEATURE_NOT_SUPPORTED,
                fn.toLowerCase(Locale.ROOT) + ": arguments must be columns");
    }

    static List<Field> fields(RelDataType rowType) {
        List<Field> out = new ArrayList<>();
        for (RelDataTypeField f : rowType.getFieldList()) {
            out.add(
                    new Field(
                            f.getName(),
                            CalciteTypes.toDataType(f.getType()),
                            f.getType().isNullable()));
        }
        return out;
    }

    private PlanNode scan(TableScan s) {
        FreshetTable t = s.getTable().unwrap(FreshetTable.class);
        if (t == null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "cannot read " + s.getTable().getQualifiedName());
        }
        List<Field> fs = new ArrayList<>();
        for (var c : t.columns()) {
            fs.add(new Field(c.name(), c.type(), c.nullable()));
        }
        return new ScanNode(
                t.ref(),
                fs,
                snapshot || t.appendOnly(),
                t.key(),
                snapshot ? List.of() : t.watermarkColumns());
    }

    private PlanNode values(Values v) {
        List<Field> fs = fields(v.getRowType());
        List<List<Object>> rows = new ArrayList<>();
        for (List<RexLiteral> tuple : v.getTuples()) {
            List<Object> row = new ArrayList<>(tuple.size());
            for (int i = 0; i < tuple.size(); i++) {
                Literal l = rex.literal(tuple.get(i));
                Expr cast = TypeCoercion.castTo(l, fs.get(i).type());
                row.add(
                        cast instanceof Literal cl
                                ? cl.value()
                                : dev.freshet.engine.expr.ConstantFolder.evaluate(cast));
            }
            rows.add(Collections.unmodifiableList(row));
        }
        return new ValuesNode(fs, rows);
    }

    private PlanNode project(Project p) {
        PlanNode input = convert(p.getInput());
        List<Expr> exprs = new ArrayList<>();
        List<Field> fs = fields(p.getRowType());
        for (int i = 0; i < p.getProjects().size(); i++) {
            exprs.add(TypeCoercion.castTo(rex.convert(p.getProjects().get(i)), fs.get(i).type()));
        }
        return new ProjectNode(input, exprs, fs);
    }

    private PlanNode aggregate(Aggregate a) {
        PlanNode input = convert(a.getInput());
        if (a.getGroupType() != Aggregate.Group.SIMPLE) {
            return groupingSets(a, input);
        }
        ChangeMode mode = PlanProperties.changeMode(input);
        List<Integer> keys = new ArrayList<>(a.getGroupSet().asList());
        List<AggCall> calls = new ArrayList<>();
        List<Field> fs = fields(a.getRowType());
        List<Field> aggFields = new ArrayList<>(fs.subList(0, keys.size()));
        // LITERAL_AGG (Calcite's marker that a group exists, e.g. in NOT IN) is a constant per
        // group: aggregate without it, then project the literal into its place.
        List<Expr> literals = new ArrayList<>();
        boolean anyLiteral = false;
        for (int i = 0; i < a.getAggCallList().size(); i++) {
            AggregateCall call = a.getAggCallList().get(i);
            Field out = fs.get(keys.size() + i);
            if (call.getAggregation().getKind() == org.apache.calcite.sql.SqlKind.LITERAL_AGG) {
                literals.add(TypeCoercion.castTo(rex.convert(call.rexList.get(0)), out.type()));
                anyLiteral = true;
                continue;
            }
            if (call.getAggregation().getKind() == org.apache.calcite.sql.SqlKind.GROUPING) {
                // a plain aggregate (Calcite's branch of duplicated grouping sets) groups by
                // every argument of GROUPING(...), whose bits are then all 0
                long bits = 0;
                for (int arg : call.getArgList()) {
                    bits = (bits << 1) | (a.getGroupSet().get(arg) ? 0 : 1);
                }
                literals.add(TypeCoercion.castTo(new Literal(DataType.BIGINT, bits), out.type()));
                anyLiteral = true;
                continue;
            }
            literals.add(null);
            calls.add(aggCall(call, out, input, mode));
            aggFields.add(out);
        }
        if (!anyLiteral) {
            return new AggregateNode(input, keys, calls, fs);
        }
        PlanNode agg = new AggregateNode(input, keys, calls, aggFields);
        List<Expr> exprs = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            exprs.add(new InputRef(k, fs.get(k).type()));
        }
        int next = keys.size();
        for (int i = 0; i < literals.size(); i++) {
            Expr lit = literals.get(i);
            exprs.add(lit != null ? lit : new InputRef(next++, fs.get(keys.size() + i).type()));
        }
        return new ProjectNode(agg, exprs, fs);
    }

    /**
     * GROUPING SETS / ROLLUP / CUBE: one aggregation per grouping set, each padded with NULLs for
     * the group columns it does not group by, all unioned; GROUPING(...) is a constant per set.
     */
    private PlanNode groupingSets(Aggregate a, PlanNode input) {
        ChangeMode mode = PlanProperties.changeMode(input);
        List<Integer> allKeys = a.getGroupSet().asList();
        List<Field> fs = fields(a.getRowType());
        List<PlanNode> branches = new ArrayList<>();
        for (org.apache.calcite.util.ImmutableBitSet set : a.getGroupSets()) {
            List<Integer> keys = set.asList();
            List<AggCall> calls = new ArrayList<>();
            List<Field> aggFields = new ArrayList<>();
            for (int k : keys) {
                aggFields.add(input.fields().get(k));
            }
            for (int i = 0; i < a.getAggCallList().size(); i++) {
                AggregateCall call = a.getAggCallList().get(i);
                if (call.getAggregation().getKind() == org.apache.calcite.sql.SqlKind.GROUPING) {
                    continue;
                }
                Field out = fs.get(allKeys.size() + i);
                calls.add(aggCall(call, out, input, mode));
                aggFields.add(out);
            }
            PlanNode agg = new AggregateNode(input, keys, calls, aggFields);
            List<Expr> exprs = new ArrayList<>();
            for (int k = 0; k < allKeys.size(); k++) {
                int col = allKeys.get(k);
                int pos = keys.indexOf(col);
                DataType t = fs.get(k).type();
                exprs.add(pos >= 0 ? new InputRef(pos, t) : Literal.nullOf(t));
            }
            int next = keys.size();
            for (int i = 0; i < a.getAggCallList().size(); i++) {
                AggregateCall call = a.getAggCallList().get(i);
                Field out = fs.get(allKeys.size() + i);
                if (call.getAggregation().getKind() == org.apache.calcite.sql.SqlKind.GROUPING) {
                    long bits = 0;
                    for (int arg : call.getArgList()) {
                        bits = (bits << 1) | (set.get(arg) ? 0 : 1);
                    }
                    exprs.add(TypeCoercion.castTo(new Literal(DataType.BIGINT, bits), out.type()));
                } else {
                    exprs.add(new InputRef(next++, out.type()));
                }
            }
            branches.add(new ProjectNode(agg, exprs, fs));
        }
        return branches.size() == 1 ? branches.get(0) : new UnionNode(branches, fs);
    }

    private AggCall aggCall(AggregateCall call, Field out, PlanNode input, ChangeMode mode) {
        if (call.isDistinct()) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "DISTINCT in this aggregate is not supported yet");
        }
        String name = call.getAggregation().getName().toLowerCase(Locale.ROOT);
        AggKind kind =
                switch (call.getAggregation().getKind()) {
                    case COUNT -> call.getArgList().isEmpty() ? AggKind.COUNT_STAR : AggKind.COUNT;
                    case SUM -> AggKind.SUM;
                    case SUM0 -> AggKind.SUM0;
                    case AVG -> AggKind.AVG;
                    case MIN -> AggKind.MIN;
                    // a scalar subquery's value: at most one row reaches it in catalog queries;
                    // more than one yields the largest instead of PostgreSQL's error 21000
                    case MAX, SINGLE_VALUE -> AggKind.MAX;
                    case STDDEV_POP -> AggKind.STDDEV_POP;
                    case STDDEV_SAMP -> AggKind.STDDEV_SAMP;
                    case VAR_POP -> AggKind.VAR_POP;
                    case VAR_SAMP -> AggKind.VAR_SAMP;
                    case BIT_AND -> AggKind.BIT_AND;
                    case BIT_OR -> AggKind.BIT_OR;
                    case BIT_XOR -> AggKind.BIT_XOR;
                    case STRING_AGG, LISTAGG -> AggKind.STRING_AGG;
                    case ARRAY_AGG -> AggKind.ARRAY_AGG;
                    default ->
                            switch (name) {
                                case "bool_and", "every", "logical_and" -> AggKind.BOOL_AND;
                                case "bool_or", "some", "logical_or" -> AggKind.BOOL_OR;
                                default ->
                                        dev.freshet.engine.spi.Extensions.aggregate(name)
                                                        .isPresent()
                                                ? AggKind.EXTERNAL
                                                : unknownAggregate(name);
                            };
                };
        if (kind == AggKind.EXTERNAL) {
            return externalCall(call, name, out, input, mode);
        }
        if (kind == AggKind.COUNT && call.getArgList().size() > 1) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "count with several arguments is not supported");
        }
        int[] args = call.getArgList().stream().mapToInt(Integer::intValue).toArray();
        List<SortKey> orderBy = new ArrayList<>();
        for (RelFieldCollation fc : call.collation.getFieldCollations()) {
            boolean desc = fc.getDirection().isDescending();
            boolean nullsFirst =
                    switch (fc.nullDirection) {
                        case FIRST -> true;
                        case LAST -> false;
                        default -> desc;
                    };
            orderBy.add(new SortKey(fc.getFieldIndex(), desc, nullsFirst));
        }
        AggCall result =
                new AggCall(
                        kind, args, false, call.filterArg, out.type(), out.name(), null, orderBy);
        if (kind.retraction() == dev.freshet.engine.ir.Retraction.APPEND_ONLY
                && mode == ChangeMode.RETRACTING) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "aggregate "
                            + name
                            + " needs an append-only input, but its input can retract rows");
        }
        return result;
    }

    /**
     * {@code rel} without the FOR SYSTEM_TIME AS OF node at its bottom (under filters and
     * projections the optimizer pushed down), or {@code rel} itself if there is none.
     */
    private RelNode withoutSnapshot(RelNode rel) {
        if (rel instanceof org.apache.calcite.rel.core.Snapshot s) {
            checkProcessTime(s);
            return s.getInput();
        }
        if ((rel instanceof Filter || rel instanceof Project) && rel.getInputs().size() == 1) {
            RelNode in = withoutSnapshot(rel.getInput(0));
            return in == rel.getInput(0) ? rel : rel.copy(rel.getTraitSet(), List.of(in));
        }
        return rel;
    }

    /** Only process time: FOR SYSTEM_TIME AS OF PROCTIME() (or now()). */
    private void checkProcessTime(org.apache.calcite.rel.core.Snapshot s) {
        Expr period = rex.convert(s.getPeriod());
        if (!(period instanceof dev.freshet.engine.expr.Call c)
                || !c.args().isEmpty()
                || !(c.function().name().equals("proctime")
                        || c.function().name().equals("now")
                        || c.function().name().equals("current_timestamp"))) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "FOR SYSTEM_TIME AS OF supports only PROCTIME(): the versioned table as it is"
                            + " when each row arrives");
        }
    }

    private static AggKind unknownAggregate(String name) {
        throw new FreshetException(
                ErrorCode.UNDEFINED_FUNCTION,
                "aggregate function " + name + " is not supported yet");
    }

    /**
     * An aggregate from the function SPI: its retraction class comes from the provider, with the
     * values of constant arguments (an algorithm name, options), and is checked against the input's
     * change mode here, at CREATE time.
     */
    private AggCall externalCall(
            AggregateCall call, String name, Field out, PlanNode input, ChangeMode mode) {
        var f = dev.freshet.engine.spi.Extensions.aggregate(name).orElseThrow();
        int[] args = call.getArgList().stream().mapToInt(Integer::intValue).toArray();
        AggCall result =
                new AggCall(
                        AggKind.EXTERNAL,
                        args,
                        false,
                        call.filterArg,
                        out.type(),
                        out.name(),
                        f.sqlName());
        dev.freshet.engine.ir.Retraction r =
                f.retraction(
                        PlanProperties.argTypes(input, result),
                        PlanProperties.constantArgs(input, result));
        if (mode == ChangeMode.RETRACTING
                && !snapshot
                && r == dev.freshet.engine.ir.Retraction.APPEND_ONLY) {
            throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "aggregate "
                                    + name
                                    + " cannot retract: this call is append-only, but its input"
                                    + " can delete or update rows")
                    .withHint(
                            "Train it from an APPEND ONLY table, or choose an algorithm that"
                                    + " retracts exactly (linear_regression, ridge_regression,"
                                    + " gaussian_naive_bayes, multinomial_naive_bayes, zscore),"
                                    + " or accept approximate deletes of an SGD model with"
                                    + " 'approximate_retraction=true'.");
        }
        return result;
    }

    private PlanNode join(Join j) {
        if (!snapshot) {
            refuseClock(rex.convert(j.getCondition()), "in a join condition");
        }
        boolean temporal = false;
        RelNode rightRel = withoutSnapshot(j.getRight());
        if (rightRel != j.getRight()) {
            temporal = !snapshot;
            if (temporal
                    && j.getJoinType() != org.apache.calcite.rel.core.JoinRelType.INNER
                    && j.getJoinType() != org.apache.calcite.rel.core.JoinRelType.LEFT) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "a temporal join (FOR SYSTEM_TIME AS OF PROCTIME()) must be an inner or"
                                + " left join with the versioned table on the right");
            }
        }
        PlanNode left = convert(j.getLeft());
        PlanNode right = convert(rightRel);
        JoinKind kind =
                switch (j.getJoinType()) {
                    case INNER -> JoinKind.INNER;
                    case LEFT -> JoinKind.LEFT;
                    case RIGHT -> JoinKind.RIGHT;
                    case FULL -> JoinKind.FULL;
                    case SEMI -> JoinKind.SEMI;
                    case ANTI -> JoinKind.ANTI;
                    default ->
                            throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED,
                                    "join type " + j.getJoinType() + " is not supported");
                };
        List<Integer> leftKeys = new ArrayList<>();
        List<Integer> rightKeys = new ArrayList<>();
        List<Boolean> filterNulls = new ArrayList<>();
        List<RexNode> nonEqui = new ArrayList<>();
        RelOptUtil.splitJoinCondition(
                j.getLeft(),
                j.getRight(),
                j.getCondition(),
                leftKeys,
                rightKeys,
                filterNulls,
                nonEqui);
        List<RexNode> residualParts = new ArrayList<>(nonEqui);
        Expr residual = null;
        if (!residualParts.isEmpty()) {
            RexNode cond = RexUtil.composeConjunction(rexBuilder, residualParts);
            if (!cond.isAlwaysTrue()) {
                residual = rex.convert(cond);
            }
        }
        List<Boolean> nullSafe = new ArrayList<>();
        for (Boolean f : filterNulls) {
            nullSafe.add(!f);
        }
        // keys must have the same layout on both sides to hash alike
        List<Expr> leftExtra = new ArrayList<>();
        List<Expr> rightExtra = new ArrayList<>();
        int nl = left.fields().size();
        int nr = right.fields().size();
        for (int k = 0; k < leftKeys.size(); k++) {
            DataType lt = left.fields().get(leftKeys.get(k)).type();
            DataType rt = right.fields().get(rightKeys.get(k)).type();
            if (lt.kind() != rt.kind()) {
                DataType common =
                        TypeCoercion.commonType(lt, rt)
                                .orElseThrow(
                                        () ->
                                                new FreshetException(
                                                        ErrorCode.UNDEFINED_FUNCTION,
                                                        "operator does not exist: "
                                                                + lt.sqlName()
                                                                + " = "
                                                                + rt.sqlName()));
                leftExtra.add(TypeCoercion.castTo(new InputRef(leftKeys.get(k), lt), common));
                rightExtra.add(TypeCoercion.castTo(new InputRef(rightKeys.get(k), rt), common));
                leftKeys.set(k, nl + leftExtra.size() - 1);
                rightKeys.set(k, nr + rightExtra.size() - 1);
            }
        }
        if (leftExtra.isEmpty()) {
            List<Field> fs = fields(j.getRowType());
            return new JoinNode(
                    left, right, kind, leftKeys, rightKeys, nullSafe, residual, fs, temporal);
        }
        PlanNode l2 = withExtraColumns(left, leftExtra);
        PlanNode r2 = withExtraColumns(right, rightExtra);
        if (residual != null) {
            residual = shiftRightRefs(residual, nl, leftExtra.size());
        }
        List<Field> wide = JoinNode.joinFields(l2, r2, kind);
        JoinNode joined =
                new JoinNode(l2, r2, kind, leftKeys, rightKeys, nullSafe, residual, wide, temporal);
        // drop the helper key columns again
        List<Field> fs = fields(j.getRowType());
        List<Expr> keep = new ArrayList<>();
        for (int i = 0; i < nl; i++) {
            keep.add(new InputRef(i, wide.get(i).type()));
        }
        if (kind.projectsRight()) {
            int base = nl + leftExtra.size();
            for (int i = 0; i < nr; i++) {
                keep.add(new InputRef(base + i, wide.get(base + i).type()));
            }
        }
        return new ProjectNode(joined, keep, fs);
    }

    private static PlanNode withExtraColumns(PlanNode in, List<Expr> extra) {
        List<Expr> exprs = new ArrayList<>();
        List<Field> fs = new ArrayList<>(in.fields());
        for (int i = 0; i < in.fields().size(); i++) {
            exprs.add(new InputRef(i, in.fields().get(i).type()));
        }
        for (int i = 0; i < extra.size(); i++) {
            exprs.add(extra.get(i));
            fs.add(new Field("$key" + i, extra.get(i).type(), true));
        }
        return new ProjectNode(in, exprs, fs);
    }

    /** Re-points references to right-side columns after {@code extra} columns were added left. */
    private static Expr shiftRightRefs(Expr e, int leftWidth, int extra) {
        return switch (e) {
            case InputRef r ->
                    r.index() >= leftWidth ? new InputRef(r.index() + extra, r.type()) : r;
            case dev.freshet.engine.expr.Call c -> {
                List<Expr> args = new ArrayList<>();
                for (Expr a : c.args()) {
                    args.add(shiftRightRefs(a, leftWidth, extra));
                }
                yield new dev.freshet.engine.expr.Call(c.function(), args, c.type());
            }
            case dev.freshet.engine.expr.CaseWhen w -> {
                List<Expr> cs = new ArrayList<>();
                List<Expr> rs = new ArrayList<>();
                for (int i = 0; i < w.conditions().size(); i++) {
                    cs.add(shiftRightRefs(w.conditions().get(i), leftWidth, extra));
                    rs.add(shiftRightRefs(w.results().get(i), leftWidth, extra));
                }
                yield new dev.freshet.engine.expr.CaseWhen(
                        cs, rs, shiftRightRefs(w.otherwise(), leftWidth, extra), w.type());
            }
            case Literal l -> l;
            case dev.freshet.engine.expr.Param p -> p;
        };
    }

    /**
     * INTERSECT / EXCEPT [ALL]: the inputs, each tagged with a 0/1 indicator column per input, are
     * unioned and grouped by all columns, counting each input's copies of the row. DISTINCT keeps a
     * row when the counts say so; ALL sets the row's multiplicity to min(counts) (INTERSECT) or
     * first − the rest (EXCEPT). Incremental like its parts: the counts are an exact aggregate.
     */
    private PlanNode intersectOrExcept(org.apache.calcite.rel.core.SetOp s) {
        boolean intersect = s instanceof org.apache.calcite.rel.core.Intersect;
        List<Field> fs = fields(s.getRowType());
        int n = fs.size();
        int k = s.getInputs().size();
        List<PlanNode> tagged = new ArrayList<>();
        List<Field> taggedFields = new ArrayList<>(fs);
        for (int i = 0; i < k; i++) {
            taggedFields.add(new Field("$in" + i, DataType.BIGINT, false));
        }
        for (int i = 0; i < k; i++) {
            PlanNode p = convert(s.getInputs().get(i));
            List<Expr> exprs = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                exprs.add(
                        TypeCoercion.castTo(
                                new InputRef(c, p.fields().get(c).type()), fs.get(c).type()));
            }
            for (int j = 0; j < k; j++) {
                exprs.add(new Literal(DataType.BIGINT, j == i ? 1L : 0L));
            }
            tagged.add(new ProjectNode(p, exprs, taggedFields));
        }
        PlanNode union = new UnionNode(tagged, taggedFields);
        List<Integer> keys = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            keys.add(c);
        }
        List<AggCall> calls = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            calls.add(
                    new AggCall(
                            AggKind.SUM0,
                            new int[] {n + i},
                            false,
                            -1,
                            DataType.BIGINT,
                            "$count" + i,
                            null));
        }
        PlanNode counts = new AggregateNode(union, keys, calls, taggedFields);
        org.apache.calcite.rel.type.RelDataType bigint =
                rexBuilder
                        .getTypeFactory()
                        .createSqlType(org.apache.calcite.sql.type.SqlTypeName.BIGINT);
        List<RexNode> refs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            refs.add(rexBuilder.makeInputRef(bigint, n + i));
        }
        RexNode zero = rexBuilder.makeExactLiteral(java.math.BigDecimal.ZERO, bigint);
        List<Expr> keep = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            keep.add(new InputRef(c, fs.get(c).type()));
        }
        if (!s.all) {
            List<RexNode> conds = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                boolean present = intersect || i == 0;
                conds.add(
                        rexBuilder.makeCall(
                                present
                                        ? org.apache.calcite.sql.fun.SqlStdOperatorTable
                                                .GREATER_THAN
                                        : org.apache.calcite.sql.fun.SqlStdOperatorTable.EQUALS,
                                refs.get(i),
                                zero));
            }
            PlanNode filtered =
                    new FilterNode(
                            counts, rex.convert(RexUtil.composeConjunction(rexBuilder, conds)));
            return new ProjectNode(filtered, keep, fs);
        }
        RexNode times = refs.get(0);
        for (int i = 1; i < k; i++) {
            RexNode next = refs.get(i);
            times =
                    intersect
                            ? rexBuilder.makeCall(
                                    org.apache.calcite.sql.fun.SqlStdOperatorTable.CASE,
                                    rexBuilder.makeCall(
                                            org.apache.calcite.sql.fun.SqlStdOperatorTable
                                                    .LESS_THAN,
                                            times,
                                            next),
                                    times,
                                    next)
                            : rexBuilder.makeCall(
                                    org.apache.calcite.sql.fun.SqlStdOperatorTable.MINUS,
                                    times,
                                    next);
        }
        List<Expr> withTimes = new ArrayList<>(keep);
        withTimes.add(TypeCoercion.castTo(rex.convert(times), DataType.BIGINT));
        List<Field> withTimesFields = new ArrayList<>(fs);
        withTimesFields.add(new Field("$times", DataType.BIGINT, false));
        PlanNode projected = new ProjectNode(counts, withTimes, withTimesFields);
        return new dev.freshet.engine.ir.ReplicateNode(projected, n, fs);
    }

    private PlanNode union(Union u) {
        if (!u.all) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "UNION without ALL must be rewritten first");
        }
        List<Field> fs = fields(u.getRowType());
        List<PlanNode> inputs = new ArrayList<>();
        for (RelNode in : u.getInputs()) {
            PlanNode p = convert(in);
            boolean same = true;
            for (int i = 0; i < fs.size(); i++) {
                if (!p.fields().get(i).type().equals(fs.get(i).type())) {
                    same = false;
                }
            }
            if (!same) {
                List<Expr> casts = new ArrayList<>();
                for (int i = 0; i < fs.size(); i++) {
                    casts.add(
                            TypeCoercion.castTo(
                                    new InputRef(i, p.fields().get(i).type()), fs.get(i).type()));
                }
                p = new ProjectNode(p, casts, fs);
            }
            inputs.add(p);
        }
        return new UnionNode(inputs, fs);
    }

    private PlanNode sort(Sort s) {
        PlanNode input = convert(s.getInput());
        List<SortKey> keys = new ArrayList<>();
        RelCollation collation = s.getCollation();
        for (RelFieldCollation fc : collation.getFieldCollations()) {
            boolean desc = fc.getDirection().isDescending();
            boolean nullsFirst =
                    switch (fc.nullDirection) {
                        case FIRST -> true;
                        case LAST -> false;
                        default -> desc;
                    };
            keys.add(new SortKey(fc.getFieldIndex(), desc, nullsFirst));
        }
        long offset = s.offset == null ? 0 : literalLong(s.offset);
        long limit = s.fetch == null ? -1 : literalLong(s.fetch);
        return new SortNode(input, keys, offset, limit);
    }

    private long literalLong(RexNode n) {
        if (n instanceof RexLiteral l) {
            Long v = l.getValueAs(Long.class);
            if (v != null && v >= 0) {
                return v;
            }
        }
        throw new FreshetException(
                ErrorCode.FEATURE_NOT_SUPPORTED, "LIMIT and OFFSET must be non-negative constants");
    }
}
