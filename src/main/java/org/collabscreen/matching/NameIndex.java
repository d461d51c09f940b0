package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every name and alias of a list of rules, indexed for exact, acronym, CJK-containment and fuzzy token lookup.
 * Fuzzy candidates come from the token index only, never from a scan of all entries.
 */
final class NameIndex<T> {

    /** Score of a CJK name found inside longer CJK text: 0.88 plus up to 0.1 for the share of the text it covers. */
    private static final double CONTAINED_BASE = 0.88;

    private static final double CONTAINED_RANGE = 0.1;
    /** A misspelt organisation or programme word costs a little similarity, as a typo in a distinctive word does. */
    private static final double TYPO_PENALTY = 0.03;
    /** Words joined or split differently ("Jiaotong", "Jiao Tong") count as a small difference. */
    private static final double COMPOUND_FACTOR = 0.98;

    private final List<NameEntry<T>> entries = new ArrayList<>();
    /** Each entry's distinctive word count and total weight, side by side, for fast bounds over many candidates. */
    private final int[] distinctiveCounts;

    private final double[] totalWeights;
    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> acronyms = new HashMap<>();
    private final Vocabulary vocabulary;
    private final TokenIndex tokens;
    private final CjkContainmentIndex cjk;

    NameIndex(List<T> rules, Function<T, List<String>> names, Vocabulary vocabulary) {
        TokenIndex.Builder tokenIndex = new TokenIndex.Builder();
        List<String> normalisedNames = new ArrayList<>();
        for (T rule : rules) {
            boolean primary = true;
            for (String alias : names.apply(rule)) {
                String normalised = NameNormaliser.normalise(alias);
                if (normalised.isEmpty()) {
                    continue;
                }
                boolean acronym = Acronyms.isAcronym(alias);
                WeightedName name = WeightedName.of(normalised, vocabulary);
                int id = entries.size();
                entries.add(new NameEntry<>(rule, alias, name, acronym, primary));
                primary = false;
                normalisedNames.add(acronym ? "" : normalised);
                if (acronym) {
                    acronyms.computeIfAbsent(normalised, k -> new ArrayList<>(1))
                            .add(id);
                    continue;
                }
                exact.computeIfAbsent(name.canonicalForm(), k -> new ArrayList<>(1))
                        .add(id);
                for (int i = 0; i < name.tokens().length; i++) {
                    if (name.weights()[i] >= Vocabulary.DISTINCTIVE) {
                        tokenIndex.add(name.tokens()[i], id);
                    }
                }
            }
        }
        this.tokens = tokenIndex.build();
        this.distinctiveCounts = new int[entries.size()];
        this.totalWeights = new double[entries.size()];
        for (int id = 0; id < entries.size(); id++) {
            distinctiveCounts[id] = entries.get(id).name().distinctiveCount();
            totalWeights[id] = entries.get(id).name().totalWeight();
        }
        this.cjk = new CjkContainmentIndex(normalisedNames);
        this.vocabulary = new IndexedVocabulary(vocabulary, normalisedNames);
    }

    /** The vocabulary the names were analysed with, quick for their words. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Offers every acronym equal to the whole input. */
    void searchAcronyms(String input, double factor, Predicate<T> accept, BestHits<T> hits) {
        if (!Acronyms.couldBeTyped(input)) {
            return;
        }
        String normalised = NameNormaliser.normalise(input);
        List<Target<T>> targets = List.of(new Target<>(accept, 0.0, hits));
        for (int id : acronyms.getOrDefault(normalised, List.of())) {
            offer(id, factor, targets, normalised, MatchMethod.ACRONYM);
        }
    }

    /**
     * Offers exact, contained and fuzzy matches of a normalised text, each score multiplied by {@code factor};
     * fuzzy candidates that cannot reach {@code minScore} are skipped before scoring.
     */
    void search(String normalised, double factor, double minScore, Predicate<T> accept, BestHits<T> hits) {
        search(normalised, factor, List.of(new Target<>(accept, minScore, hits)));
    }

    /**
     * The same search for several targets at once: each gets exactly the offers a search of its own would give it,
     * while the text is analysed, and each candidate retrieved and scored, once.
     */
    void search(String normalised, double factor, List<Target<T>> targets) {
        if (normalised.isEmpty()) {
            return;
        }
        searchVariant(normalised, factor, targets);
        for (String variant : CompoundWords.variants(Tokens.split(normalised), tokens)) {
            searchVariant(variant, factor * COMPOUND_FACTOR, targets);
        }
    }

    /**
     * Where one search's offers go: the rules its gate accepts, into its own hits. Fuzzy candidates that cannot reach
     * {@code minScore} are not offered to it.
     */
    record Target<T>(Predicate<T> accept, double minScore, BestHits<T> hits) {}

    private void searchVariant(String normalised, double factor, List<Target<T>> targets) {
        WeightedName query = searchExact(normalised, factor, targets);
        factor *= typoFactor(query);
        double minScore = lowestMinScore(targets);
        // A candidate left out by the cut for the lowest minimum has a bound below every target's minimum.
        Retrieval retrieval = retrieve(query, minScore / factor);
        BitSet candidates = new BitSet();
        retrieval.sets().forEach(candidates::or);
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            int tokenHits = retrieval.hits(id);
            double bound = factor * upperBound(query, id, tokenHits, retrieval.size() - tokenHits);
            if (bound < minScore) {
                continue;
            }
            NameEntry<T> entry = entries.get(id);
            double score = Double.NaN;
            for (Target<T> target : targets) {
                if (bound >= target.minScore() && target.accept().test(entry.rule())) {
                    if (Double.isNaN(score)) {
                        score = factor * TokenSetScorer.score(query, entry.name());
                    }
                    target.hits()
                            .offer(
                                    entry.rule(),
                                    score,
                                    entry.alias(),
                                    entry.primary(),
                                    normalised,
                                    MatchMethod.FUZZY,
                                    entry.name());
                }
            }
        }
    }

    private static <T> double lowestMinScore(List<Target<T>> targets) {
        double lowest = Double.POSITIVE_INFINITY;
        for (Target<T> target : targets) {
            lowest = Math.min(lowest, target.minScore());
        }
        return lowest;
    }

    /** Offers the entries whose canonical form equals the text's, and CJK names contained in CJK text. */
    WeightedName searchExact(String normalised, double factor, List<Target<T>> targets) {
        WeightedName query = WeightedName.of(normalised, vocabulary);
        for (int id : exact.getOrDefault(query.canonicalForm(), List.of())) {
            offer(id, factor * typoFactor(query), targets, normalised, MatchMethod.EXACT);
        }
        if (Tokens.containsCjk(normalised)) {
            cjk.forEachContained(
                    normalised,
                    (id, share) -> offer(
                            id,
                            factor * (CONTAINED_BASE + CONTAINED_RANGE * share),
                            targets,
                            normalised,
                            MatchMethod.CONTAINED));
        }
        return query;
    }

    private static double typoFactor(WeightedName query) {
        return Math.max(0.0, 1.0 - TYPO_PENALTY * query.typos());
    }

    /**
     * Candidate sets of the query's distinctive tokens, rarest first, stopping as soon as a name that shares none of
     * the tokens taken so far could no longer reach {@code minScore} (a MaxScore-style cut): the common tokens left
     * are then only looked up for the candidates already found.
     */
    private Retrieval retrieve(WeightedName query, double minScore) {
        List<String> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < query.tokens().length; i++) {
            if (query.weights()[i] >= Vocabulary.DISTINCTIVE && seen.add(query.tokens()[i])) {
                distinct.add(query.tokens()[i]);
            }
        }
        Map<String, TokenIndex.Membership> members = new HashMap<>();
        distinct.forEach(token -> members.put(token, tokens.membership(token)));
        distinct.sort(Comparator.comparingInt(token -> members.get(token).size()));
        List<BitSet> sets = new ArrayList<>();
        double missed = 0;
        for (int taken = 0; taken < distinct.size(); taken++) {
            if (missingBound(query.totalWeight(), missed) < minScore) {
                List<TokenIndex.Membership> common = new ArrayList<>();
                for (String token : distinct.subList(taken, distinct.size())) {
                    if (!members.get(token).lists().isEmpty()) {
                        common.add(members.get(token));
                    }
                }
                return new Retrieval(sets, common);
            }
            BitSet ids = new BitSet();
            members.get(distinct.get(taken)).collect(ids);
            if (!ids.isEmpty()) {
                sets.add(ids);
                missed += Vocabulary.DISTINCTIVE;
            }
        }
        return new Retrieval(sets, List.of());
    }

    /** The best score of a name that matches none of the query tokens of weight {@code missed}. */
    private static double missingBound(double queryWeight, double missed) {
        double matchable = queryWeight - missed;
        return matchable <= 0 ? 0.0 : 2 * matchable / (2 * matchable + missed);
    }

    /** Candidate sets of the rare query tokens, and membership tests for the common ones. */
    private record Retrieval(List<BitSet> sets, List<TokenIndex.Membership> common) {

        /** How many of the query's retrievable tokens the entry carries. */
        int hits(int id) {
            int hits = 0;
            for (BitSet ids : sets) {
                if (ids.get(id)) {
                    hits++;
                }
            }
            for (TokenIndex.Membership membership : common) {
                if (membership.contains(id)) {
                    hits++;
                }
            }
            return hits;
        }

        int size() {
            return sets.size() + common.size();
        }
    }

    /**
     * The best score a candidate could get (see {@link TokenSetScorer}): score = 2m / (query weight + candidate
     * weight) for matched weight m, where each of its distinctive tokens that no query token retrieved stays unmatched
     * on its side, and each retrieved query token that missed it stays unmatched on the query's side.
     */
    private double upperBound(WeightedName query, int id, int hits, int missedQueryTokens) {
        double unmatchedCandidate = Math.max(0, distinctiveCounts[id] - hits) * Vocabulary.DISTINCTIVE;
        double unmatchedQuery = missedQueryTokens * Vocabulary.DISTINCTIVE;
        double matched = Math.min(totalWeights[id] - unmatchedCandidate, query.totalWeight() - unmatchedQuery);
        return matched <= 0 ? 0.0 : 2 * matched / (2 * matched + unmatchedCandidate + unmatchedQuery);
    }

    private void offer(int id, double score, List<Target<T>> targets, String searched, MatchMethod method) {
        NameEntry<T> entry = entries.get(id);
        for (Target<T> target : targets) {
            if (target.accept().test(entry.rule())) {
                target.hits()
                        .offer(entry.rule(), score, entry.alias(), entry.primary(), searched, method, entry.name());
            }
        }
    }
}
