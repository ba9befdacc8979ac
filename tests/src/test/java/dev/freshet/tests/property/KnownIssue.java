package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;

/**
 * Open Freshet bugs and known gaps (features not built yet) that the default Freshet run steps
 * around, each citing its entry in {@code src/test/resources/property/KNOWN_BUGS.md}. Delete an
 * entry here and there when the engine is fixed; {@code -Dfreshet.property.include=<id>,...} (or
 * {@code all}) turns the constructs back on without editing code.
 *
 * <p>An issue in view maintenance (or in both readings) keeps its constructs out of generated
 * views. An issue only in ad-hoc queries keeps the constructs and skips the ad-hoc reading of views
 * that use them, so their maintained contents are still checked.
 */
public enum KnownIssue {
    ; // none open: every construct is generated (add entries here as bugs are found)

    /** A defect, or a feature the engine does not have yet. */
    enum Kind {
        BUG,
        GAP
    }

    /** Where the issue shows. */
    enum Scope {
        /** In view maintenance (and maybe ad hoc): the constructs are not generated. */
        EVERYWHERE,
        /** Only in ad-hoc queries: the constructs are generated, the ad-hoc reading is skipped. */
        AD_HOC_ONLY
    }

    private final String id;
    private final Kind kind;
    private final Scope scope;
    private final Set<Construct> constructs;

    KnownIssue(String id, Kind kind, Scope scope, Set<Construct> constructs) {
        this.id = requireNonNull(id);
        this.kind = requireNonNull(kind);
        this.scope = requireNonNull(scope);
        this.constructs = Set.copyOf(constructs);
    }

    /** The entry's heading in KNOWN_BUGS.md, and what {@code freshet.property.include} takes. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    /** The constructs the issue is about. */
    public Set<Construct> constructs() {
        return constructs;
    }

    /** The issues whose ids are listed in {@code text} (comma-separated, or {@code all}). */
    static List<KnownIssue> named(String text) {
        List<String> ids =
                List.of(text.split(",")).stream()
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        if (ids.contains("all")) {
            return List.of(values());
        }
        for (String id : ids) {
            if (java.util.Arrays.stream(values()).noneMatch(issue -> issue.id.equals(id))) {
                throw new IllegalArgumentException(
                        "freshet.property.include: no known issue " + id + " (see KNOWN_BUGS.md)");
            }
        }
        return java.util.Arrays.stream(values()).filter(issue -> ids.contains(issue.id)).toList();
    }
}
