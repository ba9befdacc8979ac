package dev.freshet.tests.property;

/**
 * The size of a generated scenario: how many tables, views and DML statements. Validated on
 * construction.
 */
public record GeneratorConfig(
        int minTables, int maxTables, int minViews, int maxViews, int dmlSteps) {

    public GeneratorConfig {
        if (minTables < 2 || maxTables < minTables) {
            throw new IllegalArgumentException("tables: need 2 <= min <= max");
        }
        if (minViews < 1 || maxViews < minViews) {
            throw new IllegalArgumentException("views: need 1 <= min <= max");
        }
        if (dmlSteps < 1) {
            throw new IllegalArgumentException("dmlSteps must be >= 1");
        }
    }

    /** 2–4 tables, 3–6 views and the given number of DML statements. */
    public static GeneratorConfig withSteps(int dmlSteps) {
        return new GeneratorConfig(2, 4, 3, 6, dmlSteps);
    }

    /** 2–4 tables, {@code minViews}–{@code maxViews} views, the given number of DML statements. */
    public static GeneratorConfig withViews(int minViews, int maxViews, int dmlSteps) {
        return new GeneratorConfig(2, 4, minViews, maxViews, dmlSteps);
    }
}
