package dev.freshet.engine.catalog;

import java.util.Objects;

/**
 * A model created with {@code CREATE MODEL}: trained by a materialized view of the same name (its
 * one row holds the current model handle), or imported from exported text (no view).
 *
 * @param name the model's name
 * @param algorithm the algorithm's SQL name
 * @param definition the statement that created it
 * @param viewOid the OID of the view that trains it, or -1 for an imported model
 */
public record ModelEntry(String name, String algorithm, String definition, int viewOid) {
    public ModelEntry {
        Objects.requireNonNull(name);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(definition);
    }
}
