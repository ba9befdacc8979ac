package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a run generates and reads: the constructs kept out of views ({@code avoided}) and those
 * whose views are not read ad hoc ({@code notReadAdHoc}), both from {@link KnownIssue}s.
 */
public record Features(
        Set<Construct> avoided,
        Set<Construct> notReadAdHoc,
        List<KnownIssue> open,
        String include) {
    /** The system property naming known issues to test anyway: ids, comma-separated, or all. */
    public static final String INCLUDE_PROPERTY = "freshet.property.include";

    public Features {
        avoided = Set.copyOf(avoided);
        notReadAdHoc = Set.copyOf(notReadAdHoc);
        open = List.copyOf(open);
        requireNonNull(include);
    }

    /** Everything on: for PostgreSQL against itself. */
    public static Features everything() {
        return new Features(Set.of(), Set.of(), List.of(), "");
    }

    /** Everything but the constructs of {@code issues}. */
    public static Features avoiding(Collection<KnownIssue> issues) {
        return avoiding(issues, "");
    }

    private static Features avoiding(Collection<KnownIssue> issues, String include) {
        Set<Construct> avoided = EnumSet.noneOf(Construct.class);
        Set<Construct> notReadAdHoc = EnumSet.noneOf(Construct.class);
        for (KnownIssue issue : issues) {
            switch (issue.scope()) {
                case EVERYWHERE -> avoided.addAll(issue.constructs());
                case AD_HOC_ONLY -> notReadAdHoc.addAll(issue.constructs());
            }
        }
        return new Features(avoided, notReadAdHoc, List.copyOf(issues), include);
    }

    /**
     * Freshet's run: every known issue avoided except those {@code freshet.property.include} names.
     */
    public static Features forFreshet() {
        String include = System.getProperty(INCLUDE_PROPERTY, "").strip();
        List<KnownIssue> included = KnownIssue.named(include);
        return avoiding(
                java.util.Arrays.stream(KnownIssue.values())
                        .filter(issue -> !included.contains(issue))
                        .toList(),
                include);
    }

    /** These features with {@code constructs} avoided as well. */
    Features without(Construct... constructs) {
        Set<Construct> more = EnumSet.noneOf(Construct.class);
        more.addAll(avoided);
        more.addAll(List.of(constructs));
        return new Features(more, notReadAdHoc, open, include);
    }

    /** Whether generated views may use {@code construct}. */
    public boolean allows(Construct construct) {
        return !avoided.contains(construct);
    }

    /** Whether the view's query is also run ad hoc on the system under test. */
    public boolean readsAdHoc(ViewDef view) {
        return view.constructs().stream().noneMatch(notReadAdHoc::contains);
    }

    /** {@code " -Dfreshet.property.include=..."} if the run was given one, else empty. */
    public String includeFlag() {
        return include.isEmpty() ? "" : " -D" + INCLUDE_PROPERTY + "=" + include;
    }

    /** One line for run headers and failure reports. */
    public String describe() {
        if (open.isEmpty()) {
            return "all constructs";
        }
        return "avoiding known issues "
                + open.stream().map(KnownIssue::id).toList()
                + " (test them anyway with -D"
                + INCLUDE_PROPERTY
                + "=<id>,... or =all)";
    }
}
