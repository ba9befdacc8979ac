package dev.freshet.tests.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator is deterministic and, over many seeds, produces every feature it promises. */
class ScenarioGeneratorTest {
    private final ScenarioGenerator generator =
            new ScenarioGenerator(GeneratorConfig.withSteps(40));

    @Test
    void sameSeedSameScenario() {
        assertEquals(generator.generate(42), generator.generate(42));
        assertNotEquals(generator.generate(42), generator.generate(43));
    }

    @Test
    void viewsAreCreatedAfterTheViewsTheyRead() {
        for (long seed = 0; seed < 200; seed++) {
            Scenario scenario = generator.generate(seed);
            Map<String, Integer> created = new LinkedHashMap<>();
            for (ViewDef view : scenario.views()) {
                for (String read : view.reads()) {
                    if (read.startsWith("v")) {
                        assertTrue(created.containsKey(read), "reads an earlier view");
                        assertTrue(created.get(read) <= view.createdAfterStep());
                    }
                }
                created.put(view.name(), view.createdAfterStep());
            }
        }
    }

    @Test
    void coversEveryPromisedFeature() {
        Set<ViewShape> shapes = EnumSet.noneOf(ViewShape.class);
        Set<SqlType> types = EnumSet.noneOf(SqlType.class);
        List<String> sql = new ArrayList<>();
        boolean viewOnView = false;
        boolean backfilled = false;
        boolean primaryKey = false;
        boolean noKey = false;
        for (long seed = 0; seed < 200; seed++) {
            Scenario scenario = generator.generate(seed);
            int tables = scenario.tables().size();
            assertTrue(tables >= 2 && tables <= 4, "2 to 4 tables");
            for (Table table : scenario.tables()) {
                table.columns().forEach(c -> types.add(c.type()));
                primaryKey |= table.primaryKey().isPresent();
                noKey |= table.primaryKey().isEmpty();
            }
            for (ViewDef view : scenario.views()) {
                shapes.add(view.shape());
                sql.add(view.query());
                viewOnView |= view.reads().stream().anyMatch(r -> r.startsWith("v"));
                backfilled |= view.createdAfterStep() > 0;
            }
            sql.addAll(scenario.dml());
        }
        assertEquals(EnumSet.allOf(ViewShape.class), shapes);
        assertEquals(EnumSet.allOf(SqlType.class), types);
        assertTrue(viewOnView && backfilled && primaryKey && noKey);
        String all = String.join("\n", sql);
        for (String feature :
                List.of(
                        " JOIN ",
                        " LEFT JOIN ",
                        " RIGHT JOIN ",
                        " FULL JOIN ",
                        " FILTER (WHERE ",
                        "count(*)",
                        "count(r0.",
                        "sum(",
                        "avg(",
                        "min(",
                        "max(",
                        " GROUP BY ",
                        "ON CONFLICT (id) DO UPDATE SET",
                        "ON CONFLICT (id) DO NOTHING",
                        "UPDATE ",
                        "DELETE FROM ",
                        " WHERE k = ",
                        " WHERE TRUE",
                        " IS NULL",
                        " OR ",
                        " NOT IN (SELECT ",
                        " NOT EXISTS (SELECT 1 FROM ",
                        " IN (SELECT ",
                        "count(DISTINCT ",
                        "SELECT DISTINCT ON (",
                        " ROWS WITH TIES",
                        " OFFSET ",
                        " LIMIT ",
                        "row_number() OVER (PARTITION BY ",
                        "rank() OVER (",
                        "dense_rank() OVER (",
                        "GROUPING(",
                        " HAVING ",
                        "nullif(",
                        "CASE WHEN ",
                        " EXCEPT ALL ",
                        " INTERSECT ALL ")) {
            assertTrue(all.contains(feature), "never generated: " + feature);
        }
        // A join of three relations somewhere.
        assertTrue(sql.stream().anyMatch(s -> s.contains(" AS r2 ON ")), "no three-way join");
    }

    @Test
    void everyConstructIsGenerated() {
        // Some constructs are combinations (a FILTER beside two kinds of DISTINCT aggregate) that
        // take many seeds to come up.
        Set<Construct> constructs = EnumSet.noneOf(Construct.class);
        for (long seed = 0; seed < 2000 && constructs.size() < Construct.values().length; seed++) {
            for (ViewDef view : generator.generate(seed).views()) {
                constructs.addAll(view.constructs());
            }
        }
        assertEquals(EnumSet.allOf(Construct.class), constructs, "constructs never generated");
    }

    @Test
    void avoidedConstructsAreNeverGenerated() {
        Features features = Features.avoiding(List.of(KnownIssue.values()));
        ScenarioGenerator avoiding = new ScenarioGenerator(GeneratorConfig.withSteps(40), features);
        for (long seed = 0; seed < 200; seed++) {
            for (ViewDef view : avoiding.generate(seed).views()) {
                for (Construct construct : view.constructs()) {
                    assertTrue(features.allows(construct), construct + " in " + view.query());
                }
                // The text agrees with the recorded constructs.
                String query = view.query();
            }
        }
    }
}
