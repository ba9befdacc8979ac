package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The signatures of one function or operator name, and PostgreSQL's choice among them for a call
 * ({@code func_select_candidate}): keep the candidates every argument converts to implicitly;
 * prefer the most exact type matches, then the most conversions to a preferred type; resolve
 * untyped literals towards the string category, else towards the type of the typed arguments. Where
 * PostgreSQL would report an ambiguity the first registered candidate wins, so signatures are
 * registered in order of preference.
 */
final class OverloadSet implements FunctionLibrary.Resolver {
    private final List<Overload> overloads = new ArrayList<>();

    void add(Overload o) {
        overloads.add(o);
    }

    /** A candidate with its parameter types made concrete for one call. */
    private record Candidate(Overload overload, List<DataType> params, DataType result) {}

    @Override
    public Optional<Resolution> resolve(List<DataType> args) {
        List<Candidate> viable = new ArrayList<>();
        for (Overload o : overloads) {
            if (!o.accepts(args.size())) {
                continue;
            }
            Candidate c = instantiate(o, args);
            if (c != null && convertible(args, c.params)) {
                viable.add(c);
            }
        }
        Candidate best = choose(args, viable);
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(best.params, best.result, best.overload.binder()));
    }

    private static boolean convertible(List<DataType> args, List<DataType> params) {
        for (int i = 0; i < args.size(); i++) {
            if (!ImplicitCasts.canCast(args.get(i), params.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The candidate's concrete parameter and result types for {@code args}, or null. */
    private static @Nullable Candidate instantiate(Overload o, List<DataType> args) {
        DataType element = null;
        boolean polymorphic = false;
        for (int i = 0; i < args.size(); i++) {
            ParamType p = o.param(i);
            DataType a = args.get(i);
            if (!(p instanceof ParamType.Poly poly) || poly == ParamType.Poly.ANY) {
                continue;
            }
            polymorphic = true;
            if (a.kind() == TypeKind.UNKNOWN) {
                continue;
            }
            DataType e;
            if (poly == ParamType.Poly.ANY_ARRAY) {
                if (a.kind() != TypeKind.ARRAY) {
                    return null;
                }
                e = a.elementType();
            } else {
                e = a;
            }
            element = element == null ? e.unconstrained() : unify(element, e);
            if (element == null) {
                return null;
            }
        }
        if (polymorphic && element == null) {
            // only untyped literals: PostgreSQL takes them as text
            element = DataType.VARCHAR;
        }
        List<DataType> params = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            DataType t = concrete(o.param(i), element, args.get(i));
            if (t == null) {
                return null;
            }
            params.add(t);
        }
        DataType result = concrete(o.result(), element, DataType.VARCHAR);
        if (result == null) {
            return null;
        }
        return new Candidate(o, params, result);
    }

    private static @Nullable DataType concrete(
            ParamType p, @Nullable DataType element, DataType arg) {
        return switch (p) {
            case ParamType.Concrete c -> c.type();
            case ParamType.Poly poly ->
                    switch (poly) {
                        case ANY -> arg.kind() == TypeKind.UNKNOWN ? DataType.VARCHAR : arg;
                        case ANY_ELEMENT -> element;
                        case ANY_NON_ARRAY ->
                                element == null || element.kind() == TypeKind.ARRAY
                                        ? null
                                        : element;
                        case ANY_ARRAY -> element == null ? null : DataType.array(element);
                    };
        };
    }

    /** The common type of two polymorphic arguments, or null if they have none. */
    private static @Nullable DataType unify(DataType a, DataType b) {
        if (ImplicitCasts.canCast(b, a)) {
            return a;
        }
        if (ImplicitCasts.canCast(a, b)) {
            return b.unconstrained();
        }
        return null;
    }

    private static @Nullable Candidate choose(List<DataType> args, List<Candidate> viable) {
        if (viable.size() <= 1) {
            return viable.isEmpty() ? null : viable.get(0);
        }
        // most exact matches
        List<Candidate> keep = best(viable, c -> exactMatches(args, c.params));
        if (keep.size() == 1) {
            return keep.get(0);
        }
        // most conversions to a preferred type
        keep = best(keep, c -> preferredMatches(args, c.params));
        if (keep.size() == 1) {
            return keep.get(0);
        }
        // untyped literals: towards the string category, else the one category all accept
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).kind() != TypeKind.UNKNOWN) {
                continue;
            }
            int pos = i;
            boolean anyString = false;
            for (Candidate c : keep) {
                anyString |= ImplicitCasts.category(c.params.get(pos)) == 'S';
            }
            if (anyString) {
                List<Candidate> strings = new ArrayList<>();
                for (Candidate c : keep) {
                    if (ImplicitCasts.category(c.params.get(pos)) == 'S') {
                        strings.add(c);
                    }
                }
                keep = strings;
            }
        }
        if (keep.size() == 1) {
            return keep.get(0);
        }
        // untyped literals take the type of the typed arguments when those all agree
        DataType known = null;
        boolean agree = true;
        for (DataType a : args) {
            if (a.kind() == TypeKind.UNKNOWN) {
                continue;
            }
            if (known == null) {
                known = a;
            } else if (!ImplicitCasts.sameType(known, a)) {
                agree = false;
            }
        }
        if (known != null && agree) {
            DataType k = known;
            List<Candidate> same = new ArrayList<>();
            for (Candidate c : keep) {
                boolean ok = true;
                for (int i = 0; i < args.size(); i++) {
                    if (args.get(i).kind() == TypeKind.UNKNOWN
                            && !ImplicitCasts.sameType(c.params.get(i), k)) {
                        ok = false;
                    }
                }
                if (ok) {
                    same.add(c);
                }
            }
            if (!same.isEmpty()) {
                keep = same;
            }
        }
        return keep.get(0);
    }

    private interface Score {
        int of(Candidate c);
    }

    private static List<Candidate> best(List<Candidate> in, Score score) {
        int max = Integer.MIN_VALUE;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            int s = score.of(c);
            if (s > max) {
                max = s;
                out.clear();
            }
            if (s == max) {
                out.add(c);
            }
        }
        return out;
    }

    private static int exactMatches(List<DataType> args, List<DataType> params) {
        int n = 0;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).kind() != TypeKind.UNKNOWN
                    && ImplicitCasts.sameType(args.get(i), params.get(i))) {
                n++;
            }
        }
        return n;
    }

    private static int preferredMatches(List<DataType> args, List<DataType> params) {
        int n = 0;
        for (int i = 0; i < args.size(); i++) {
            DataType a = args.get(i);
            DataType p = params.get(i);
            if (a.kind() != TypeKind.UNKNOWN
                    && !ImplicitCasts.sameType(a, p)
                    && ImplicitCasts.category(a) == ImplicitCasts.category(p)
                    && ImplicitCasts.isPreferred(p)) {
                n++;
            }
        }
        return n;
    }
}
