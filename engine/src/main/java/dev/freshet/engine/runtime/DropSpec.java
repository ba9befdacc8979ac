package dev.freshet.engine.runtime;

import java.util.List;

/**
 * What DROP asks for.
 *
 * @param kindName "table" or "materialized view"
 */
public record DropSpec(String kindName, List<String> names, boolean ifExists, boolean cascade) {
    public DropSpec {
        names = List.copyOf(names);
    }
}
