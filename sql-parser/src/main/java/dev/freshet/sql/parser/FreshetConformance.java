package dev.freshet.sql.parser;

import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.validate.SqlAbstractConformance;

/**
 * Freshet's SQL conformance: as lenient as PostgreSQL where Calcite's default is strict.
 *
 * <p>Allowed, as in PostgreSQL: {@code GROUP BY} alias and ordinal, {@code HAVING} alias, {@code
 * ORDER BY} alias and ordinal, {@code SELECT} without {@code FROM}, {@code !=}, {@code %}, {@code
 * LIMIT start, count} and {@code OFFSET} before {@code LIMIT}, niladic functions with parentheses
 * ({@code now()}), {@code INSERT} into a subset of columns, qualifying a {@code USING} column, the
 * {@code ROW(...)} constructor, and unions of differently sized strings typed as {@code VARCHAR}.
 * Not allowed, as in PostgreSQL: {@code MINUS}, {@code APPLY}, string aliases ({@code SELECT 1
 * 'x'}), {@code VALUE} for {@code VALUES}. Arithmetic overflow is an error.
 */
public final class FreshetConformance extends SqlAbstractConformance {
    /** The one instance; it has no state. */
    public static final FreshetConformance INSTANCE = new FreshetConformance();

    private FreshetConformance() {}

    @Override
    public boolean isGroupByAlias() {
        return true;
    }

    @Override
    public boolean isGroupByOrdinal() {
        return true;
    }

    @Override
    public boolean isHavingAlias() {
        return true;
    }

    @Override
    public boolean isSortByOrdinal() {
        return true;
    }

    @Override
    public boolean isSortByAlias() {
        return true;
    }

    @Override
    public boolean isSortByAliasObscures() {
        return false;
    }

    @Override
    public boolean isFromRequired() {
        return false;
    }

    @Override
    public boolean isBangEqualAllowed() {
        return true;
    }

    @Override
    public boolean isPercentRemainderAllowed() {
        return true;
    }

    @Override
    public boolean isLimitStartCountAllowed() {
        return true;
    }

    @Override
    public boolean isOffsetLimitAllowed() {
        return true;
    }

    @Override
    public boolean allowNiladicParentheses() {
        return true;
    }

    @Override
    public boolean isInsertSubsetColumnsAllowed() {
        return true;
    }

    @Override
    public boolean allowQualifyingCommonColumn() {
        return true;
    }

    @Override
    public boolean allowExplicitRowValueConstructor() {
        return true;
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }

    @Override
    public boolean isMinusAllowed() {
        return false;
    }

    @Override
    public boolean isApplyAllowed() {
        return false;
    }

    @Override
    public boolean allowCharLiteralAlias() {
        return false;
    }

    @Override
    public boolean isValueAllowed() {
        return false;
    }

    @Override
    public boolean checkedArithmetic() {
        return true;
    }

    @Override
    public SqlLibrary semantics() {
        return SqlLibrary.POSTGRESQL;
    }
}
