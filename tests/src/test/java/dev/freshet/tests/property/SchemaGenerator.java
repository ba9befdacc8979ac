package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Random tables {@code t0..tn}: about half with an INT primary key {@code id}, each with an INT
 * join key {@code k} (nullable) and one to four more columns {@code c1..} of random types, most of
 * them nullable.
 */
final class SchemaGenerator {
    private static final SqlType[] TYPES = SqlType.values();

    private final RandomGenerator random;

    SchemaGenerator(RandomGenerator random) {
        this.random = requireNonNull(random);
    }

    List<Table> tables(GeneratorConfig config) {
        int count =
                config.minTables() + random.nextInt(config.maxTables() - config.minTables() + 1);
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tables.add(table("t" + i));
        }
        return tables;
    }

    private Table table(String name) {
        List<Column> columns = new ArrayList<>();
        boolean hasKey = random.nextBoolean();
        if (hasKey) {
            columns.add(new Column("id", SqlType.INT, false));
        }
        columns.add(new Column("k", SqlType.INT, true));
        int more = 1 + random.nextInt(4);
        for (int i = 1; i <= more; i++) {
            SqlType type = TYPES[random.nextInt(TYPES.length)];
            columns.add(new Column("c" + i, type, random.nextDouble() < 0.75));
        }
        return new Table(name, columns, hasKey ? Optional.of("id") : Optional.empty());
    }
}
