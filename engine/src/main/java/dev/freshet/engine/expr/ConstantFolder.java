package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.Column;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Evaluates expressions that read no input column (constants, casts of literals). */
public final class ConstantFolder {
    private ConstantFolder() {}

    /** The value of a constant expression as a Java value (null for NULL); errors propagate. */
    public static @Nullable Object evaluate(Expr expr) {
        return evaluate(expr, EvalContext.forStatement(ZoneOffset.UTC));
    }

    public static @Nullable Object evaluate(Expr expr, EvalContext ctx) {
        Batch one = Batch.uniform(new Column[0], 1, 1);
        Column c = new ExprEvaluator(expr).evaluate(one, ctx);
        return c.getObject(0);
    }

    /** True if {@code expr} reads no input column and no parameter. */
    public static boolean isConstant(Expr expr) {
        return switch (expr) {
            case InputRef r -> false;
            case Param p -> false;
            case Literal l -> true;
            case Call c ->
                    !c.function().volatile_()
                            && c.args().stream().allMatch(ConstantFolder::isConstant);
            case CaseWhen w ->
                    w.conditions().stream().allMatch(ConstantFolder::isConstant)
                            && w.results().stream().allMatch(ConstantFolder::isConstant)
                            && isConstant(w.otherwise());
        };
    }
}
