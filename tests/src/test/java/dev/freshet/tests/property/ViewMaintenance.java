package dev.freshet.tests.property;

import java.util.Optional;

/** How a database keeps a generated view's contents, which decides its DDL and upkeep. */
public enum ViewMaintenance {
    /** {@code CREATE VIEW}: evaluated from scratch on every read. The reference side. */
    PLAIN_VIEW,
    /**
     * {@code CREATE MATERIALIZED VIEW}, brought up to date by {@code REFRESH MATERIALIZED VIEW}
     * after every change: PostgreSQL standing in for an incremental engine.
     */
    REFRESHED_MATERIALIZED_VIEW,
    /** {@code CREATE MATERIALIZED VIEW}, kept up to date by the engine itself: Freshet. */
    INCREMENTAL_MATERIALIZED_VIEW,
    /**
     * {@code CREATE MATERIALIZED VIEW} never refreshed: a deliberately broken "engine", used to
     * check that the checker catches stale views.
     */
    NEVER_REFRESHED_MATERIALIZED_VIEW;

    /** The statement that creates view {@code name} as {@code query}. */
    String createSql(String name, String query) {
        return "CREATE " + keyword() + " " + name + " AS " + query;
    }

    /** What {@code CREATE} is followed by. */
    String keyword() {
        return switch (this) {
            case PLAIN_VIEW -> "VIEW";
            case REFRESHED_MATERIALIZED_VIEW,
                    INCREMENTAL_MATERIALIZED_VIEW,
                    NEVER_REFRESHED_MATERIALIZED_VIEW ->
                    "MATERIALIZED VIEW";
        };
    }

    /** The statement to run on view {@code name} after each change, if any. */
    Optional<String> refreshSql(String name) {
        return switch (this) {
            case REFRESHED_MATERIALIZED_VIEW -> Optional.of("REFRESH MATERIALIZED VIEW " + name);
            case PLAIN_VIEW, INCREMENTAL_MATERIALIZED_VIEW, NEVER_REFRESHED_MATERIALIZED_VIEW ->
                    Optional.empty();
        };
    }
}
