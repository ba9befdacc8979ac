/**
 * Property tests for incremental view maintenance: seeded random schemas, DML sequences and view
 * queries ({@link dev.freshet.tests.property.ScenarioGenerator}), applied to a system under test
 * and to a reference database, with every view compared after every step as a multiset against the
 * same query evaluated from scratch ({@link dev.freshet.tests.property.IncrementalViewChecker}).
 *
 * <p>Views come from one generator per family of shapes ({@code ProjectionViews}, {@code
 * AggregateViews}, {@code JoinViews}, {@code SubqueryViews}, {@code SetOperationViews}, {@code
 * OrderedViews}, {@code WindowViews}), drawn by {@code ViewGenerator}; each view records the {@link
 * dev.freshet.tests.property.Construct}s it uses, for coverage counts and so that a run can avoid
 * constructs with a known bug ({@link dev.freshet.tests.property.KnownIssue}, {@link
 * dev.freshet.tests.property.Features}).
 *
 * <p>Everything generated is valid PostgreSQL 15 with deterministic contents: whatever depends on
 * an order is ordered totally over what the view shows (or keeps all ties), equal rows are never
 * told apart by two positional window functions, and values whose last digits depend on the
 * engine's arithmetic are opaque ({@link dev.freshet.tests.property.Column#opaque()}). A failure
 * names the seed and prints the view, both results, and the schema, the failing view with the views
 * it reads and the shortest DML prefix after which it is wrong, as a runnable script.
 *
 * <p>May import {@code dev.freshet.tests}, {@code dev.freshet.tests.pg} and the JDK; never Freshet
 * code.
 */
package dev.freshet.tests.property;
