package dev.freshet.engine.catalog;

import java.util.List;

/** An object in the catalog: every relation has an OID, a name and columns. */
public sealed interface CatalogEntry permits TableEntry, ViewEntry, PlainViewEntry {
    int oid();

    String name();

    List<ColumnDef> columns();

    /** Words for messages: "table", "materialized view", "view". */
    String kindName();
}
