package dev.freshet.engine.plan;

import dev.freshet.engine.catalog.Catalog;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlConformance;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.RelDecorrelator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.apache.calcite.tools.RelBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Calcite's part of planning: validates a statement against the catalog and turns it into a logical
 * {@link RelNode}, with subqueries decorrelated and the logical rewrites we rely on applied
 * (filters pushed into joins, join keys made plain columns, UNION → UNION ALL + aggregate, DISTINCT
 * aggregates expanded). One instance per statement.
 */
public final class SqlFrontEnd {
    private final JavaTypeFactoryImpl typeFactory = new FreshetTypeFactory();
    private final CalciteCatalogReader catalogReader;
    private final SqlValidator validator;
    private final RelOptCluster cluster;
    private final Catalog catalog;
    private final SqlConformance conformance;
    private final Function<String, SqlNode> viewParser;
    private final Set<Integer> expandedViews = new LinkedHashSet<>();

    /** A front end whose plain views cannot be read (for statements that never read relations). */
    public SqlFrontEnd(Catalog catalog, SqlConformance conformance) {
        this(
                catalog,
                conformance,
                sql -> {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED, "views cannot be read here");
                });
    }

    /**
     * @param viewParser turns a plain view's query text into the tree to validate (parsed and
     *     rewritten as a statement's query is)
     */
    public SqlFrontEnd(
            Catalog catalog, SqlConformance conformance, Function<String, SqlNode> viewParser) {
        this.catalog = catalog;
        this.conformance = conformance;
        this.viewParser = viewParser;
        SchemaPlus root = CalciteSchema.createRootSchema(false, false).plus();
        root.add("public", new CatalogSchema(catalog));
        root.add("pg_catalog", PG_CATALOG);
        root.add("information_schema", INFORMATION_SCHEMA);
        CalciteTypes.addNamedTypes(root);
        Properties props = new Properties();
        props.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
        CalciteConnectionConfig config = new CalciteConnectionConfigImpl(props);
        this.catalogReader =
                new SearchPathCatalogReader(CalciteSchema.from(root), typeFactory, config);
        this.validator = newValidator();
        HepPlanner planner = new HepPlanner(HepProgram.builder().build());
        planner.setExecutor(FreshetRexBuilder.KEEP_CONSTANTS);
        this.cluster = RelOptCluster.create(planner, new FreshetRexBuilder(typeFactory));
    }

    private SqlValidator newValidator() {
        return new FreshetValidator(
                SqlOperatorTables.chain(FreshetOperatorTable.instance(), catalogReader),
                catalogReader,
                typeFactory,
                SqlValidator.Config.DEFAULT
                        .withConformance(conformance)
                        .withIdentifierExpansion(true)
                        .withDefaultNullCollation(NullCollation.HIGH)
                        .withTypeCoercionEnabled(true)
                        .withTypeCoercionFactory(FreshetTypeCoercion::new)
                        .withTypeCoercionRules(CalciteTypes.castRules()));
    }

    /** OIDs of the plain views expanded by {@link #toRel} so far (a statement depends on them). */
    public Set<Integer> expandedViews() {
        return Set.copyOf(expandedViews);
    }

    /** Expands a plain view read by the statement: its query, validated and converted afresh. */
    private RelRoot expandView(String query, @Nullable List<String> viewPath) {
        if (viewPath != null && !viewPath.isEmpty()) {
            catalog.find(viewPath.getLast()).ifPresent(e -> expandedViews.add(e.oid()));
        }
        SqlValidator v = newValidator();
        SqlNode validated = v.validate(viewParser.apply(query));
        return converter(v, false).convertQuery(validated, false, false);
    }

    private SqlToRelConverter converter(SqlValidator v, boolean trim) {
        return new SqlToRelConverter(
                (rowType, queryString, schemaPath, viewPath) -> expandView(queryString, viewPath),
                v,
                catalogReader,
                cluster,
                StandardConvertletTable.INSTANCE,
                SqlToRelConverter.config()
                        .withTrimUnusedFields(trim)
                        .withExpand(false)
                        .withDecorrelationEnabled(true));
    }

    private static final SystemSchema PG_CATALOG = new SystemSchema("pg_catalog");
    private static final SystemSchema INFORMATION_SCHEMA = new SystemSchema("information_schema");

    /**
     * Resolves unqualified names as PostgreSQL's default search path does: {@code pg_catalog}
     * first, then {@code public}.
     */
    private static final class SearchPathCatalogReader extends CalciteCatalogReader {
        SearchPathCatalogReader(
                CalciteSchema root,
                JavaTypeFactoryImpl typeFactory,
                CalciteConnectionConfig config) {
            super(
                    root,
                    org.apache.calcite.sql.validate.SqlNameMatchers.withCaseSensitive(true),
                    List.of(List.of("pg_catalog"), CatalogSchema.defaultPath(), List.of()),
                    typeFactory,
                    config);
        }
    }

    public JavaTypeFactoryImpl typeFactory() {
        return typeFactory;
    }

    public RexBuilder rexBuilder() {
        return cluster.getRexBuilder();
    }

    public SqlValidator validator() {
        return validator;
    }

    /** Validates {@code node} (a query or DML) in place and returns the validated tree. */
    public SqlNode validate(SqlNode node) {
        return validator.validate(node);
    }

    /** The row type of a validated node. */
    public RelDataType validatedType(SqlNode validated) {
        return validator.getValidatedNodeType(validated);
    }

    /** Converts a validated statement into an optimized logical plan. */
    public RelRoot toRel(SqlNode validated) {
        return toRel(validated, true);
    }

    /**
     * As {@link #toRel(SqlNode)}; with {@code trim} false, scans keep all their columns, so column
     * positions in the plan are those of the tables.
     */
    public RelRoot toRel(SqlNode validated, boolean trim) {
        SqlToRelConverter converter = converter(validator, trim);
        RelRoot root = converter.convertQuery(validated, false, true);
        RelNode rel = root.rel;
        rel = run(rel, subQueryProgram());
        RelBuilder builder =
                RelBuilder.proto(org.apache.calcite.plan.Contexts.empty())
                        .create(cluster, catalogReader);
        rel = RelDecorrelator.decorrelateQuery(rel, builder);
        if (trim) {
            rel = converter.trimUnusedFields(true, rel);
        }
        // twice: the plain aggregates made for grouping sets get their ordered DISTINCT calls
        // expanded on the second pass
        rel =
                rel.accept(new GroupingSetsSplitter(builder))
                        .accept(new GroupingSetsSplitter(builder));
        rel = run(rel, logicalProgram());
        return root.withRel(rel);
    }

    private static RelNode run(RelNode rel, HepProgram program) {
        HepPlanner planner = new HepPlanner(program);
        planner.setRoot(rel);
        return planner.findBestExp();
    }

    private static HepProgram subQueryProgram() {
        return new HepProgramBuilder()
                .addRuleCollection(
                        List.of(
                                CoreRules.FILTER_SUB_QUERY_TO_CORRELATE,
                                CoreRules.PROJECT_SUB_QUERY_TO_CORRELATE,
                                CoreRules.JOIN_SUB_QUERY_TO_CORRELATE))
                .build();
    }

    private static HepProgram logicalProgram() {
        return new HepProgramBuilder()
                .addMatchOrder(HepMatchOrder.BOTTOM_UP)
                .addRuleInstance(CoreRules.PROJECT_TO_LOGICAL_PROJECT_AND_WINDOW)
                .addRuleInstance(CoreRules.UNION_TO_DISTINCT)
                .addRuleInstance(CoreRules.AGGREGATE_EXPAND_DISTINCT_AGGREGATES_TO_JOIN)
                .addRuleCollection(
                        List.of(
                                CoreRules.FILTER_INTO_JOIN,
                                CoreRules.JOIN_CONDITION_PUSH,
                                CoreRules.FILTER_MERGE,
                                CoreRules.PROJECT_MERGE,
                                CoreRules.PROJECT_REMOVE,
                                CoreRules.FILTER_PROJECT_TRANSPOSE))
                .addRuleInstance(CoreRules.JOIN_PUSH_EXPRESSIONS)
                .addRuleCollection(List.of(CoreRules.PROJECT_MERGE, CoreRules.PROJECT_REMOVE))
                .build();
    }

    /** For debugging and tests: the plan as Calcite prints it. */
    public static String explainRel(RelNode rel) {
        return RelOptUtil.toString(rel);
    }
}
