package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The best score and alias seen per rule during one search; on equal scores the rule's own name wins. */
final class BestHits<T> {

    private final Map<T, Hit<T>> best = new HashMap<>();
    private final double minScore;
    private final Predicate<T> remembered;

    BestHits() {
        this(Double.NEGATIVE_INFINITY, rule -> true);
    }

    /**
     * Hits for a ranking at {@code minScore}: an offer below it is dropped unless its rule is {@code remembered}, the
     * rules whose presence {@link #contains} will be asked about. Most candidates of a common word score below it, and
     * storing each cost more than scoring it.
     */
    BestHits(double minScore, Predicate<T> remembered) {
        this.minScore = minScore;
        this.remembered = remembered;
    }

    void offer(T rule, double score, String alias, boolean primary, String searched, MatchMethod method) {
        offer(rule, score, alias, primary, searched, method, null);
    }

    /** @param aliasName the alias as the index analysed it, or null when the offer comes from elsewhere */
    void offer(
            T rule,
            double score,
            String alias,
            boolean primary,
            String searched,
            MatchMethod method,
            WeightedName aliasName) {
        if (score < minScore && !remembered.test(rule)) {
            return;
        }
        Hit<T> current = best.get(rule);
        if (current == null
                || score > current.score()
                || (score == current.score()
                        && (primary && !current.primary()
                                || primary == current.primary() && alias.compareTo(current.alias()) < 0))) {
            best.put(rule, new Hit<>(rule, score, alias, primary, searched, method, aliasName));
        }
    }

    /** The rule's best hit so far; null when it has had no offer kept. */
    Hit<T> get(T rule) {
        return best.get(rule);
    }

    /** Whether any rule has a hit at or above the score. */
    boolean anyAtLeast(double score) {
        for (Hit<T> hit : best.values()) {
            if (hit.score() >= score && hit.score() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rule has had any offer: one below the minimum counts for a rule {@code remembered}. */
    boolean contains(T rule) {
        return rule != null && best.containsKey(rule);
    }

    /** Hits at or above {@code minScore}, best first, ties in the given rule order. */
    List<Hit<T>> ranked(double minScore, int limit, Comparator<T> ruleOrder) {
        List<Hit<T>> hits = new ArrayList<>();
        for (Hit<T> hit : best.values()) {
            if (hit.score() >= minScore && hit.score() > 0) {
                hits.add(hit);
            }
        }
        // scores equal but for rounding (0.97 x 1.0 and 0.97 x 0.9999999999) are equal
        hits.sort(Comparator.<Hit<T>>comparingLong(hit -> Math.round(hit.score() * 1e9))
                .reversed()
                .thenComparing(Hit::rule, ruleOrder));
        return hits.size() > limit ? List.copyOf(hits.subList(0, Math.max(limit, 0))) : hits;
    }

    /**
     * One rule's best match: the alias hit, whether it is the rule's own name, the text searched and how; and the
     * alias as the index analysed it, where known (else null), so that it is not normalised again.
     */
    record Hit<T>(
            T rule,
            double score,
            String alias,
            boolean primary,
            String searched,
            MatchMethod method,
            WeightedName aliasName) {}
}
