package dev.freshet.engine.plan;

import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.expr.Resolution;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandTypeChecker;
import org.apache.calcite.sql.type.SqlOperandTypeInference;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.ListSqlOperatorTable;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.util.Static;
import org.jspecify.annotations.Nullable;

/**
 * The functions and operators the validator knows.
 *
 * <p>Every function and operator that Freshet's {@link FunctionLibrary} implements is offered as a
 * library operator whose operand check and result type come from the library's PostgreSQL-style
 * resolution, so the validator types a call exactly as the engine will run it ({@code date + 1} is
 * a date, {@code extract} a numeric, {@code round(numeric, int)} an unconstrained numeric). Such an
 * operator hides Calcite's operator of the same name and syntax. It keeps that operator's {@link
 * SqlKind} and precedence, because the validator finds the replacement of an operator the parser
 * built ({@code +}, {@code SUBSTRING}, {@code EXTRACT}) by name, syntax and kind.
 *
 * <p>Everything else (comparisons, logic, CASE, CAST, LIKE, IN, subscripts, aggregates) stays
 * Calcite's, from the SQL standard table and its PostgreSQL library, plus a few from other dialects
 * that RisingWave users write.
 */
public final class FreshetOperatorTable {
    private FreshetOperatorTable() {}

    private static final SqlOperatorTable CALCITE =
            SqlOperatorTables.chain(
                    SqlStdOperatorTable.instance(),
                    SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(
                            SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL),
                    new ListSqlOperatorTable(
                            List.of(
                                    SqlLibraryOperators.BOOL_AND,
                                    SqlLibraryOperators.BOOL_OR,
                                    ChangelogTableFunction.INSTANCE,
                                    GenerateSeriesTableFunction.INSTANCE,
                                    PgGetKeywordsTableFunction.INSTANCE,
                                    ModelHistoryTableFunction.INSTANCE)));

    /** Binary operator symbols whose library implementation replaces Calcite's operator. */
    private static final Set<String> LIBRARY_BINARY =
            Set.of(
                    "+", "-", "*", "/", "%", "^", "&", "|", "#", "<<", ">>", "||", "=", "<>", "<",
                    "<=", ">", ">=");

    /**
     * Functions PostgreSQL spells without parentheses; Calcite's operators for them stay (the
     * validator turns the bare identifier into a call of Calcite's operator), and the engine
     * implements them by name.
     */
    private static final Set<String> NILADIC =
            Set.of(
                    "current_timestamp",
                    "current_date",
                    "current_time",
                    "localtimestamp",
                    "localtime",
                    "current_user",
                    "session_user",
                    "user",
                    "current_role",
                    "current_catalog",
                    "current_schema");

    /**
     * Functions whose parameters PostgreSQL names, so calls may pass them by name ({@code
     * make_interval(days => 10)}); every one of them is optional and defaults to zero.
     */
    private static final Map<String, List<String>> PARAMETER_NAMES =
            Map.of(
                    "make_interval",
                    List.of("years", "months", "weeks", "days", "hours", "mins", "secs"));

    /** Library operators by syntax and upper-case name; built once, immutable afterwards. */
    private static final Map<String, SqlOperator> LIBRARY = buildLibraryOperators();

    private static Map<String, SqlOperator> buildLibraryOperators() {
        FunctionLibrary lib = FunctionLibrary.standard();
        Map<String, SqlOperator> out = new HashMap<>();
        for (String name : lib.names()) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (LIBRARY_BINARY.contains(name)) {
                SqlOperator calcite = calciteOperator(upper, SqlSyntax.BINARY);
                SqlKind kind = calcite == null ? SqlKind.OTHER : calcite.getKind();
                int prec = calcite == null ? 50 : calcite.getLeftPrec();
                out.put(
                        key(upper, SqlSyntax.BINARY),
                        new LibraryBinaryOperator(upper, name, kind, prec));
            } else if (!NILADIC.contains(name) && Character.isLetter(name.charAt(0))) {
                SqlOperator calcite = calciteOperator(upper, SqlSyntax.FUNCTION);
                SqlKind kind = calcite == null ? SqlKind.OTHER_FUNCTION : calcite.getKind();
                out.put(key(upper, SqlSyntax.FUNCTION), new LibraryFunction(upper, name, kind));
            }
        }
        // EXTRACT(field FROM source): PostgreSQL 15's extract, a numeric
        out.put(
                key("EXTRACT", SqlSyntax.FUNCTION),
                new LibraryFunction("EXTRACT", "extract", SqlKind.EXTRACT));
        // the niladic clock functions: timestamptz current_timestamp, microsecond precision
        for (String name :
                List.of(
                        "current_timestamp",
                        "current_date",
                        "current_time",
                        "localtimestamp",
                        "localtime")) {
            if (lib.knows(name)) {
                String upper = name.toUpperCase(Locale.ROOT);
                out.put(key(upper, SqlSyntax.FUNCTION), new NiladicFunction(upper, name));
            }
        }
        // lag/lead: Calcite types them NOT NULL when the default is, but the value is a row's
        out.put(key("LAG", SqlSyntax.FUNCTION), new NullableLeadLag(SqlKind.LAG));
        out.put(key("LEAD", SqlSyntax.FUNCTION), new NullableLeadLag(SqlKind.LEAD));
        // aggregates from the function SPI (train, accuracy, ...)
        for (String name : dev.freshet.engine.spi.Extensions.aggregateNames()) {
            String upper = name.toUpperCase(Locale.ROOT);
            out.put(key(upper, SqlSyntax.FUNCTION), new SpiAggFunction(upper, name));
        }
        return Map.copyOf(out);
    }

    private static String key(String upperName, SqlSyntax syntax) {
        return syntax.name() + ":" + upperName;
    }

    private static @Nullable SqlOperator calciteOperator(String upperName, SqlSyntax syntax) {
        List<SqlOperator> found = new ArrayList<>();
        CALCITE.lookupOperatorOverloads(
                new SqlIdentifier(upperName, org.apache.calcite.sql.parser.SqlParserPos.ZERO),
                null,
                syntax,
                found,
                SqlNameMatchers.withCaseSensitive(false));
        for (SqlOperator op : found) {
            if (op.getSyntax() == syntax) {
                return op;
            }
        }
        return null;
    }

    /**
     * Function names are case-insensitive in PostgreSQL while our identifiers are folded to lower
     * case and matched case-sensitively, so operator lookups ignore case.
     */
    private static final SqlOperatorTable INSTANCE =
            new SqlOperatorTable() {
                @Override
                public void lookupOperatorOverloads(
                        SqlIdentifier name,
                        @Nullable SqlFunctionCategory category,
                        SqlSyntax syntax,
                        List<SqlOperator> operators,
                        SqlNameMatcher nameMatcher) {
                    if (name.isSimple()) {
                        String upper = name.getSimple().toUpperCase(Locale.ROOT);
                        SqlOperator library = LIBRARY.get(key(upper, syntax));
                        if (library != null) {
                            operators.add(library);
                            return;
                        }
                    }
                    // the library tables repeat the standard operators: report each operator once,
                    // or the validator cannot resolve a unique overload
                    List<SqlOperator> found = new ArrayList<>();
                    CALCITE.lookupOperatorOverloads(
                            name,
                            category,
                            syntax,
                            found,
                            SqlNameMatchers.withCaseSensitive(false));
                    for (SqlOperator op : found) {
                        if (!operators.contains(op)) {
                            operators.add(op);
                        }
                    }
                }

                @Override
                public List<SqlOperator> getOperatorList() {
                    List<SqlOperator> out = new ArrayList<>();
                    for (SqlOperator op : CALCITE.getOperatorList()) {
                        String k = key(op.getName().toUpperCase(Locale.ROOT), op.getSyntax());
                        if (!LIBRARY.containsKey(k) && !out.contains(op)) {
                            out.add(op);
                        }
                    }
                    LIBRARY.keySet().stream().sorted().forEach(k -> out.add(LIBRARY.get(k)));
                    return out;
                }
            };

    /** The shared, immutable operator table. */
    public static SqlOperatorTable instance() {
        return INSTANCE;
    }

    /** True if {@code op} is one of the library's operators (so RexToExpr resolves it by name). */
    static boolean isLibraryOperator(SqlOperator op) {
        return op instanceof LibraryFunction
                || op instanceof LibraryBinaryOperator
                || op instanceof NiladicFunction;
    }

    /** The library name of a library operator. */
    static String libraryName(SqlOperator op) {
        return switch (op) {
            case LibraryFunction f -> f.libraryName;
            case LibraryBinaryOperator b -> b.libraryName;
            case NiladicFunction n -> n.libraryName;
            default -> op.getName().toLowerCase(Locale.ROOT);
        };
    }

    // ---------------------------------------------------------------------------------------
    // Bridge between Calcite's operand checking and the library's resolution.

    /** The argument types of a call as the library sees them (untyped literals are UNKNOWN). */
    static List<DataType> argTypes(SqlOperatorBinding b) {
        List<DataType> out = new ArrayList<>(b.getOperandCount());
        for (int i = 0; i < b.getOperandCount(); i++) {
            if (i == 0 && b.getOperator().getKind() == SqlKind.EXTRACT) {
                // EXTRACT's field: a time unit keyword or a string
                out.add(DataType.VARCHAR);
                continue;
            }
            out.add(argType(b.getOperandType(i), b.isOperandLiteral(i, false)));
        }
        return out;
    }

    /** One argument's type as the library sees it. */
    static DataType argType(RelDataType t, boolean literal) {
        SqlTypeName n = t.getSqlTypeName();
        return switch (n) {
            case NULL, UNKNOWN, ANY -> DataType.UNKNOWN;
            case CHAR -> literal ? DataType.UNKNOWN : DataType.VARCHAR;
            case SYMBOL -> DataType.VARCHAR;
            default -> CalciteTypes.toDataType(t);
        };
    }

    private static Optional<Resolution> resolve(String libraryName, SqlOperatorBinding b) {
        try {
            return FunctionLibrary.standard().resolve(libraryName, argTypes(b));
        } catch (FreshetException e) {
            return Optional.empty();
        }
    }

    /** PostgreSQL's spelling of a call's signature for "does not exist" errors. */
    static String signature(String name, List<DataType> types) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(typeName(types.get(i)));
        }
        return sb.append(')').toString();
    }

    static String typeName(DataType t) {
        return switch (t.kind()) {
            case VARCHAR -> t.precision() >= 0 ? t.sqlName() : "text";
            case UNKNOWN -> "unknown";
            case ARRAY -> typeName(t.elementType()) + "[]";
            default -> t.sqlName();
        };
    }

    private static RelDataType resultType(
            String libraryName, SqlOperatorBinding b, RelDataTypeFactory f) {
        Resolution r =
                resolve(libraryName, b)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "operands were checked: " + libraryName));
        return CalciteTypes.toRelDataType(r.resultType(), f, true);
    }

    /** Infers the types of untyped parameters ($n) from the library's choice. */
    private static SqlOperandTypeInference parameterTypes(String libraryName) {
        return (callBinding, returnType, operandTypes) -> {
            List<DataType> types = argTypes(callBinding);
            Optional<Resolution> r;
            try {
                r = FunctionLibrary.standard().resolve(libraryName, types);
            } catch (FreshetException e) {
                r = Optional.empty();
            }
            RelDataTypeFactory f = callBinding.getTypeFactory();
            for (int i = 0; i < operandTypes.length; i++) {
                RelDataType t = callBinding.getOperandType(i);
                if (t.getSqlTypeName() == SqlTypeName.UNKNOWN && r.isPresent()) {
                    operandTypes[i] =
                            CalciteTypes.toRelDataType(r.get().argTypes().get(i), f, true);
                } else {
                    operandTypes[i] = t;
                }
            }
        };
    }

    private static SqlOperandTypeChecker checker(String libraryName, boolean isOperator) {
        return new SqlOperandTypeChecker() {
            @Override
            public boolean checkOperandTypes(SqlCallBinding b, boolean throwOnFailure) {
                if (resolve(libraryName, b).isPresent()) {
                    return true;
                }
                if (!throwOnFailure) {
                    return false;
                }
                List<DataType> types = argTypes(b);
                if (isOperator && types.size() == 2) {
                    String sig =
                            "'"
                                    + typeName(types.get(0))
                                    + " "
                                    + libraryName
                                    + " "
                                    + typeName(types.get(1))
                                    + "'";
                    throw b.newError(Static.RESOURCE.canNotApplyOp2Type(libraryName, sig, sig));
                }
                throw b.newError(
                        Static.RESOURCE.validatorUnknownFunction(signature(libraryName, types)));
            }

            @Override
            public SqlOperandCountRange getOperandCountRange() {
                return SqlOperandCountRanges.any();
            }

            @Override
            public String getAllowedSignatures(SqlOperator op, String opName) {
                return opName + "(...)";
            }
        };
    }

    /** A function implemented by the library, e.g. {@code lower}, {@code date_trunc}. */
    static final class LibraryFunction extends SqlFunction {
        private final String libraryName;

        LibraryFunction(String upperName, String libraryName, SqlKind kind) {
            super(
                    upperName,
                    kind,
                    (SqlReturnTypeInference) b -> resultType(libraryName, b, b.getTypeFactory()),
                    parameterTypes(libraryName),
                    checker(libraryName, false),
                    SqlFunctionCategory.USER_DEFINED_FUNCTION);
            this.libraryName = libraryName;
        }

        @Override
        public boolean isDeterministic() {
            return !libraryName.equals("random");
        }

        /**
         * Arguments passed by name ({@code make_interval(days => 10)}) become positional, the
         * omitted ones zero, before the call is validated.
         */
        @Override
        public org.apache.calcite.sql.SqlNode rewriteCall(
                org.apache.calcite.sql.validate.SqlValidator validator,
                org.apache.calcite.sql.SqlCall call) {
            List<String> names = PARAMETER_NAMES.get(libraryName);
            if (names == null) {
                return call;
            }
            boolean named = false;
            for (org.apache.calcite.sql.SqlNode n : call.getOperandList()) {
                named |= n != null && n.getKind() == SqlKind.ARGUMENT_ASSIGNMENT;
            }
            if (!named) {
                return call;
            }
            org.apache.calcite.sql.parser.SqlParserPos pos = call.getParserPosition();
            org.apache.calcite.sql.SqlNode[] args =
                    new org.apache.calcite.sql.SqlNode[names.size()];
            List<org.apache.calcite.sql.SqlNode> ops = call.getOperandList();
            for (int i = 0; i < ops.size(); i++) {
                org.apache.calcite.sql.SqlNode n = ops.get(i);
                if (n.getKind() == SqlKind.ARGUMENT_ASSIGNMENT) {
                    org.apache.calcite.sql.SqlCall assign = (org.apache.calcite.sql.SqlCall) n;
                    String param = assign.operand(1).toString().toLowerCase(Locale.ROOT);
                    int at = names.indexOf(param);
                    if (at < 0) {
                        throw validator.newValidationError(
                                call,
                                Static.RESOURCE.validatorUnknownFunction(
                                        libraryName + "(" + param + " => ...)"));
                    }
                    args[at] = assign.operand(0);
                } else if (i < args.length) {
                    args[i] = n;
                }
            }
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null) {
                    args[i] = org.apache.calcite.sql.SqlLiteral.createExactNumeric("0", pos);
                }
            }
            return createCall(call.getFunctionQuantifier(), pos, args);
        }

        @Override
        public boolean isDynamicFunction() {
            return libraryName.equals("now")
                    || libraryName.equals("proctime")
                    || libraryName.equals("random");
        }
    }

    /**
     * A library function PostgreSQL calls without parentheses ({@code current_timestamp}): the
     * validator turns the bare name into a call of it; its type comes from the library.
     */
    static final class NiladicFunction extends SqlFunction {
        private final String libraryName;

        NiladicFunction(String upperName, String libraryName) {
            super(
                    upperName,
                    SqlKind.OTHER_FUNCTION,
                    (SqlReturnTypeInference) b -> resultType(libraryName, b, b.getTypeFactory()),
                    null,
                    checker(libraryName, false),
                    SqlFunctionCategory.TIMEDATE);
            this.libraryName = libraryName;
        }

        @Override
        public SqlSyntax getSyntax() {
            return SqlSyntax.FUNCTION_ID;
        }

        @Override
        public RelDataType deriveType(
                org.apache.calcite.sql.validate.SqlValidator validator,
                org.apache.calcite.sql.validate.SqlValidatorScope scope,
                org.apache.calcite.sql.SqlCall call) {
            // no overload lookup: the bare name already named this operator
            return validateOperands(validator, scope, call);
        }

        @Override
        public boolean isDynamicFunction() {
            return true;
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }

    /**
     * An aggregate provided through the function SPI: its result type and argument check come from
     * the provider's {@link dev.freshet.engine.spi.AggregateFunction#resultType}.
     */
    static final class SpiAggFunction extends org.apache.calcite.sql.SqlAggFunction {
        private final String spiName;

        SpiAggFunction(String upperName, String spiName) {
            super(
                    upperName,
                    null,
                    SqlKind.OTHER_FUNCTION,
                    b -> spiResultType(spiName, b),
                    null,
                    spiChecker(spiName),
                    SqlFunctionCategory.USER_DEFINED_FUNCTION,
                    false,
                    false,
                    org.apache.calcite.util.Optionality.FORBIDDEN);
            this.spiName = spiName;
        }

        String spiName() {
            return spiName;
        }
    }

    private static RelDataType spiResultType(String spiName, SqlOperatorBinding b) {
        var f = dev.freshet.engine.spi.Extensions.aggregate(spiName).orElseThrow();
        return CalciteTypes.toRelDataType(f.resultType(spiArgTypes(b)), b.getTypeFactory(), true);
    }

    /** Argument types of an SPI aggregate (aggregate bindings cannot tell literals apart). */
    private static List<DataType> spiArgTypes(SqlOperatorBinding b) {
        List<DataType> out = new ArrayList<>(b.getOperandCount());
        for (int i = 0; i < b.getOperandCount(); i++) {
            boolean literal;
            try {
                literal = b.isOperandLiteral(i, false);
            } catch (UnsupportedOperationException e) {
                literal = false;
            }
            out.add(argType(b.getOperandType(i), literal));
        }
        return out;
    }

    private static SqlOperandTypeChecker spiChecker(String spiName) {
        return new SqlOperandTypeChecker() {
            @Override
            public boolean checkOperandTypes(SqlCallBinding b, boolean throwOnFailure) {
                var f = dev.freshet.engine.spi.Extensions.aggregate(spiName).orElseThrow();
                try {
                    f.resultType(spiArgTypes(b));
                    return true;
                } catch (FreshetException e) {
                    if (throwOnFailure) {
                        throw e;
                    }
                    return false;
                }
            }

            @Override
            public SqlOperandCountRange getOperandCountRange() {
                return SqlOperandCountRanges.any();
            }

            @Override
            public String getAllowedSignatures(SqlOperator op, String opName) {
                return opName + "(...)";
            }
        };
    }

    /** An operator implemented by the library, e.g. {@code +}, {@code ||}. */
    static final class LibraryBinaryOperator extends SqlBinaryOperator {
        private final String libraryName;

        LibraryBinaryOperator(String upperName, String libraryName, SqlKind kind, int prec) {
            super(
                    upperName,
                    kind,
                    prec,
                    true,
                    b -> resultType(libraryName, b, b.getTypeFactory()),
                    parameterTypes(libraryName),
                    checker(libraryName, true));
            this.libraryName = libraryName;
        }
    }

    /**
     * Calcite's LAG/LEAD with PostgreSQL's nullability: the result is NULL-able whenever the column
     * is, default or not (Calcite makes it NOT NULL under a NOT NULL default, and its simplifier
     * then folds {@code lag(x, 1, 0) IS NULL} to false although x may be NULL).
     */
    private static final class NullableLeadLag
            extends org.apache.calcite.sql.fun.SqlLeadLagAggFunction {
        NullableLeadLag(SqlKind kind) {
            super(kind);
        }

        @Override
        public org.apache.calcite.rel.type.RelDataType inferReturnType(
                org.apache.calcite.sql.SqlOperatorBinding binding) {
            org.apache.calcite.rel.type.RelDataType t = super.inferReturnType(binding);
            if (binding.getOperandCount() > 0
                    && binding.getOperandType(0).isNullable()
                    && !t.isNullable()) {
                return binding.getTypeFactory().createTypeWithNullability(t, true);
            }
            return t;
        }
    }
}
