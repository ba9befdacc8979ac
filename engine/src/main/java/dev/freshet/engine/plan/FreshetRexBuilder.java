package dev.freshet.engine.plan;

import java.math.BigDecimal;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * Calcite's {@link RexBuilder}, except that a CAST of a literal stays a CAST instead of being
 * computed with Calcite's conversion rules. The engine's cast kernels then apply PostgreSQL's:
 * {@code 1.5::int} is 2, {@code 1.5} inserted into an unconstrained {@code numeric} column keeps
 * its scale (Calcite would round it to the scale of its DECIMAL stand-in), {@code '2020-01-01
 * 10:00'::timestamp} parses as PostgreSQL parses it. The planner folds the cast back into a literal
 * when its value does not depend on the session. Casts between character types and between interval
 * types, whose Calcite and PostgreSQL meanings agree, are still computed here.
 */
public final class FreshetRexBuilder extends RexBuilder {
    /**
     * The planner's constant reducer: it leaves expressions as they are, so Calcite's simplifier
     * does not compute casts of literals with Calcite's rules (see the class comment).
     */
    public static final org.apache.calcite.rex.RexExecutor KEEP_CONSTANTS =
            (rexBuilder, constExps, reducedValues) -> reducedValues.addAll(constExps);

    public FreshetRexBuilder(RelDataTypeFactory typeFactory) {
        super(typeFactory);
    }

    @Override
    public RexNode makeCast(
            SqlParserPos pos,
            RelDataType type,
            RexNode exp,
            boolean matchNullability,
            boolean safe,
            @Nullable RexLiteral format) {
        if (exp instanceof RexLiteral literal && !literal.isNull() && !sameMeaning(literal, type)) {
            return makeAbstractCast(pos, type, exp, safe, format);
        }
        return super.makeCast(pos, type, exp, matchNullability, safe, format);
    }

    /**
     * A literal of the unconstrained {@code numeric} type keeps its own scale: Calcite's stand-in
     * type DECIMAL(1000, 0) would otherwise round it to an integer (e.g. in multi-row VALUES).
     */
    @Override
    public RexNode makeLiteral(
            @Nullable Object value, RelDataType type, boolean allowCast, boolean trim) {
        if (value instanceof java.math.BigDecimal bd && isUnconstrainedNumeric(type)) {
            return makeLiteral(bd, type, org.apache.calcite.sql.type.SqlTypeName.DECIMAL);
        }
        return super.makeLiteral(value, type, allowCast, trim);
    }

    @Override
    public RexLiteral makeLiteral(@Nullable Object value, RelDataType type) {
        if (value instanceof java.math.BigDecimal bd && isUnconstrainedNumeric(type)) {
            return makeLiteral(bd, type, org.apache.calcite.sql.type.SqlTypeName.DECIMAL);
        }
        return super.makeLiteral(value, type);
    }

    /**
     * Every literal of the unconstrained {@code numeric} type ends here, those the simplifier
     * writes too (the bounds of a range it merged comparisons into, {@code x > 1.5 AND x < 10}).
     * Calcite would rescale the value to its stand-in type's scale and then find the stand-in has
     * no room for integer digits ("Cannot convert 1.5000... to DECIMAL(1000, 1000) due to
     * overflow"). The literal gets a stand-in with its own scale instead, still unconstrained (see
     * {@link CalciteTypes#toDataType}).
     */
    @Override
    protected RexLiteral makeLiteral(
            @Nullable Comparable o, RelDataType type, SqlTypeName typeName) {
        if (o instanceof BigDecimal bd
                && typeName == SqlTypeName.DECIMAL
                && isUnconstrainedNumeric(type)) {
            BigDecimal value =
                    bd.scale() >= FreshetTypeSystem.UNCONSTRAINED
                            ? bd.stripTrailingZeros() // rescaled by Calcite already
                            : bd;
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
            RelDataType own =
                    typeFactory.createTypeWithNullability(
                            typeFactory.createSqlType(
                                    SqlTypeName.DECIMAL,
                                    FreshetTypeSystem.UNCONSTRAINED,
                                    value.scale()),
                            type.isNullable());
            return super.makeLiteral(value, own, typeName);
        }
        return super.makeLiteral(o, type, typeName);
    }

    private static boolean isUnconstrainedNumeric(RelDataType type) {
        return SqlTypeUtil.isDecimal(type)
                && type.getPrecision() >= FreshetTypeSystem.UNCONSTRAINED;
    }

    private static boolean sameMeaning(RexLiteral literal, RelDataType type) {
        RelDataType from = literal.getType();
        if (SqlTypeUtil.inCharFamily(from) && SqlTypeUtil.inCharFamily(type)) {
            return true;
        }
        if (SqlTypeUtil.isInterval(from) && SqlTypeUtil.isInterval(type)) {
            return true;
        }
        return from.getSqlTypeName() == type.getSqlTypeName() && !SqlTypeUtil.isDecimal(type);
    }
}
