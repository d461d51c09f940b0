package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Every name, ordered by its number of distinctive words and then by its canonical form, so that each posting list
     * (sorted by id) reads names with few distinctive words first, and names of one form sit side by side.
     */
    private final List<NameEntry<T>> entries = new ArrayList<>();
    /** Each entry's distinctive word count and total weight, side by side, for fast bounds over many candidates. */
    private final int[] distinctiveCounts;

    private final double[] totalWeights;
    /** The first id of each entry's canonical form: entries of one form score the same against any query. */
    private final int[] formIds;
    /** {@code withAtMost[d]}: how many entries have at most d distinctive words, the ids below that. */
    private final int[] withAtMost;

    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> acronyms = new HashMap<>();
    private final Vocabulary vocabulary;
    private final TokenIndex tokens;
    private final CjkContainmentIndex cjk;
    private final CompoundWords compounds;
    /** Queries analysed already: the same names are searched screening after screening. */
    private final TextMemo<Query> queries = new TextMemo<>(2_048, 128);
    /** The compound variants of queries searched already ({@link CompoundWords#variants}). */
    private final TextMemo<List<String>> variants = new TextMemo<>(2_048, 128);

    NameIndex(List<T> rules, Function<T, List<String>> names, Vocabulary vocabulary) {
        List<Analysed<T>> analysed = new ArrayList<>();
        for (T rule : rules) {
            boolean primary = true;
            for (String alias : names.apply(rule)) {
                String normalised = NameNormaliser.normalise(alias);
                if (normalised.isEmpty()) {
                    continue;
                }
                WeightedName name = WeightedName.of(normalised, vocabulary);
                analysed.add(new Analysed<>(
                        new NameEntry<>(rule, alias, name, Acronyms.isAcronym(alias), primary),
                        name.distinctiveCount(),
                        name.canonicalForm()));
                primary = false;
            }
        }
        analysed.sort(
                Comparator.comparingInt((Analysed<T> a) -> a.distinctive()).thenComparing(Analysed::canonicalForm));
        TokenIndex.Builder tokenIndex = new TokenIndex.Builder();
        List<String> normalisedNames = new ArrayList<>(analysed.size());
        this.distinctiveCounts = new int[analysed.size()];
        this.totalWeights = new double[analysed.size()];
        this.formIds = new int[analysed.size()];
        for (Analysed<T> one : analysed) {
            int id = entries.size();
            NameEntry<T> entry = one.entry();
            WeightedName name = entry.name();
            entries.add(entry);
            distinctiveCounts[id] = one.distinctive();
            totalWeights[id] = name.totalWeight();
            formIds[id] =
                    id > 0 && one.canonicalForm().equals(analysed.get(id - 1).canonicalForm()) ? formIds[id - 1] : id;
            normalisedNames.add(entry.acronym() ? "" : name.normalised());
            if (entry.acronym()) {
                acronyms.computeIfAbsent(name.normalised(), k -> new ArrayList<>(1))
                        .add(id);
                continue;
            }
            exact.computeIfAbsent(one.canonicalForm(), k -> new ArrayList<>(1)).add(id);
            for (int i = 0; i < name.tokens().length; i++) {
                if (name.weights()[i] >= Vocabulary.DISTINCTIVE) {
                    tokenIndex.add(name.tokens()[i], id);
                }
            }
        }
        this.withAtMost = countsAtMost(distinctiveCounts);
        this.tokens = tokenIndex.build();
        this.cjk = new CjkContainmentIndex(normalisedNames);
        this.vocabulary = new IndexedVocabulary(vocabulary, normalisedNames);
        this.compounds = new CompoundWords(tokens, normalisedNames);
    }

    /** An entry with the sort keys of its place in the index. */
    private record Analysed<T>(NameEntry<T> entry, int distinctive, String canonicalForm) {}

    private static int[] countsAtMost(int[] sortedCounts) {
        int max = sortedCounts.length == 0 ? 0 : sortedCounts[sortedCounts.length - 1];
        int[] atMost = new int[max + 1];
        int id = 0;
        for (int d = 0; d <= max; d++) {
            while (id < sortedCounts.length && sortedCounts[id] <= d) {
                id++;
            }
            atMost[d] = id;
        }
        return atMost;
    }

    /** The vocabulary the names were analysed with, quick for their words. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Offers every acronym equal to the whole input. */
    void searchAcronyms(String input, double factor, Predicate<T> accept, BestHits<T> hits) {
        if (Acronyms.couldBeTyped(input)) {
            searchAcronyms(input, NameNormaliser.normalise(input), factor, accept, hits);
        }
    }

    /** The same, with the input's normalised form ({@link NameNormaliser#normalise}) as the caller has it. */
    void searchAcronyms(String input, String normalised, double factor, Predicate<T> accept, BestHits<T> hits) {
        if (!Acronyms.couldBeTyped(input)) {
            return;
        }
        List<Target<T>> targets = List.of(new Target<>(accept, 0.0, hits));
        for (int id : acronyms.getOrDefault(normalised, List.of())) {
            offer(id, factor, targets, normalised, MatchMethod.ACRONYM);
        }
    }

    /** The rules, among those accepted, that an acronym (typed as one, normalised as given) stands for. */
    List<T> acronymRules(String input, String normalised, Predicate<T> accept) {
        if (!Acronyms.couldBeTyped(input)) {
            return List.of();
        }
        List<T> rules = new ArrayList<>(1);
        for (int id : acronyms.getOrDefault(normalised, List.of())) {
            T rule = entries.get(id).rule();
            if (accept.test(rule) && !rules.contains(rule)) {
                rules.add(rule);
            }
        }
        return rules;
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
        for (String variant : variants.get(normalised, text -> compounds.variants(Tokens.split(text)))) {
            searchVariant(variant, factor * COMPOUND_FACTOR, targets);
        }
    }

    /**
     * Where one search's offers go: the rules its gate accepts, into its own hits. Fuzzy candidates that cannot reach
     * {@code minScore} are not offered to it.
     */
    record Target<T>(Predicate<T> accept, double minScore, BestHits<T> hits) {

        /** The same target, of the rules the further gate accepts too. */
        Target<T> and(Predicate<T> further) {
            return new Target<>(accept.and(further), minScore, hits);
        }
    }

    private void searchVariant(String normalised, double factor, List<Target<T>> targets) {
        WeightedName query = searchExact(normalised, factor, targets);
        factor *= typoFactor(query);
        double minScore = lowestMinScore(targets);
        // A candidate left out by the cut for the lowest minimum has a bound below every target's minimum.
        Retrieval retrieval = retrieve(query, minScore / factor);
        BitSet candidates = new BitSet();
        retrieval.sets().forEach(candidates::or);
        int scoredForm = -1;
        double formScore = 0;
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            int tokenHits = retrieval.hits(id);
            double bound = factor * upperBound(query, id, tokenHits, retrieval.size() - tokenHits);
            if (bound < minScore) {
                continue;
            }
            NameEntry<T> entry = entries.get(id);
            for (int t = 0; t < targets.size(); t++) {
                Target<T> target = targets.get(t);
                if (bound >= target.minScore() && target.accept().test(entry.rule())) {
                    if (formIds[id] != scoredForm) {
                        scoredForm = formIds[id];
                        formScore = factor * TokenSetScorer.score(query, entry.name(), minScore / factor);
                    }
                    target.hits()
                            .offer(
                                    entry.rule(),
                                    formScore,
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
        Query analysed = queries.get(normalised, this::query);
        WeightedName query = analysed.name();
        for (int id : exact.getOrDefault(analysed.canonicalForm(), List.of())) {
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

    /** A query's words weighed ({@link WeightedName#of}), and its canonical form, which the exact lookup reads. */
    private record Query(WeightedName name, String canonicalForm) {}

    private Query query(String normalised) {
        WeightedName name = WeightedName.of(normalised, vocabulary);
        return new Query(name, name.canonicalForm());
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
        // a query has a handful of words: arrays, searched and sorted in place, beat a map and a set
        String[] distinct = new String[query.tokens().length];
        TokenIndex.Membership[] members = new TokenIndex.Membership[distinct.length];
        int count = 0;
        int retrievable = 0;
        for (int i = 0; i < query.tokens().length; i++) {
            String token = query.tokens()[i];
            if (query.weights()[i] >= Vocabulary.DISTINCTIVE && indexOf(distinct, count, token) < 0) {
                TokenIndex.Membership membership = tokens.membership(token);
                retrievable += membership.lists().isEmpty() ? 0 : 1;
                // rarest first; tokens of one size keep the query's order
                int at = count++;
                while (at > 0 && members[at - 1].size() > membership.size()) {
                    distinct[at] = distinct[at - 1];
                    members[at] = members[at - 1];
                    at--;
                }
                distinct[at] = token;
                members[at] = membership;
            }
        }
        int limit = candidateLimit(query.totalWeight(), retrievable, minScore);
        List<BitSet> sets = new ArrayList<>(count);
        double missed = 0;
        for (int taken = 0; taken < count; taken++) {
            if (missingBound(query.totalWeight(), missed) < minScore) {
                List<TokenIndex.Membership> common = new ArrayList<>(count - taken);
                for (int rest = taken; rest < count; rest++) {
                    if (!members[rest].lists().isEmpty()) {
                        common.add(members[rest]);
                    }
                }
                return new Retrieval(sets, common);
            }
            TokenIndex.Membership membership = members[taken];
            if (!membership.lists().isEmpty()) {
                BitSet ids = new BitSet();
                membership.collect(ids, limit);
                sets.add(ids);
                missed += Vocabulary.DISTINCTIVE;
            }
        }
        return new Retrieval(sets, List.of());
    }

    private static int indexOf(String[] tokens, int count, String token) {
        for (int i = 0; i < count; i++) {
            if (tokens[i].equals(token)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The ids below which a candidate could still reach {@code minScore}: a name with {@code d} distinctive words, of
     * which at most {@code retrievable} are matched, leaves at least {@code d - retrievable} unmatched, and its bound
     * 2Q / (2Q + unmatched) for query weight Q falls below {@code minScore} once that passes 2Q (1 / minScore - 1).
     */
    private int candidateLimit(double queryWeight, int retrievable, double minScore) {
        if (minScore <= 0) {
            return entries.size();
        }
        double unmatched = 2 * queryWeight * (1 / minScore - 1) / Vocabulary.DISTINCTIVE;
        double maxDistinctive = retrievable + Math.floor(unmatched + 1e-9);
        if (!(maxDistinctive < withAtMost.length)) {
            return entries.size();
        }
        return maxDistinctive < 0 ? 0 : withAtMost[(int) maxDistinctive];
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
            // indexed loops: this runs for every candidate, and an iterator is an allocation
            int hits = 0;
            for (int i = 0; i < sets.size(); i++) {
                if (sets.get(i).get(id)) {
                    hits++;
                }
            }
            for (int i = 0; i < common.size(); i++) {
                if (common.get(i).contains(id)) {
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
        for (int t = 0; t < targets.size(); t++) {
            Target<T> target = targets.get(t);
            if (target.accept().test(entry.rule())) {
                target.hits()
                        .offer(entry.rule(), score, entry.alias(), entry.primary(), searched, method, entry.name());
            }
        }
    }
}
