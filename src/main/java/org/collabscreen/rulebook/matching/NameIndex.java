package org.collabscreen.rulebook.matching;

import java.util.ArrayList;
import java.util.BitSet;
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

    private final List<NameEntry<T>> entries = new ArrayList<>();
    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> acronyms = new HashMap<>();
    private final Vocabulary vocabulary;
    private final TokenIndex tokens;
    private final CjkContainmentIndex cjk;

    NameIndex(List<T> rules, Function<T, List<String>> names, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        TokenIndex.Builder tokenIndex = new TokenIndex.Builder();
        List<String> normalisedNames = new ArrayList<>();
        for (T rule : rules) {
            for (String alias : names.apply(rule)) {
                String normalised = NameNormaliser.normalise(alias);
                if (normalised.isEmpty()) {
                    continue;
                }
                boolean acronym = NameEntry.isAcronym(alias);
                WeightedName name = WeightedName.of(normalised, vocabulary);
                int id = entries.size();
                entries.add(new NameEntry<>(rule, alias, name, acronym));
                normalisedNames.add(acronym ? "" : normalised);
                if (acronym) {
                    acronyms.computeIfAbsent(normalised, k -> new ArrayList<>(1)).add(id);
                    continue;
                }
                exact.computeIfAbsent(name.canonicalForm(), k -> new ArrayList<>(1)).add(id);
                for (int i = 0; i < name.tokens().length; i++) {
                    if (name.weights()[i] >= Vocabulary.DISTINCTIVE) {
                        tokenIndex.add(name.tokens()[i], id);
                    }
                }
            }
        }
        this.tokens = tokenIndex.build();
        this.cjk = new CjkContainmentIndex(normalisedNames);
    }

    /** Offers every acronym equal to the whole input. */
    void searchAcronyms(String input, Predicate<T> accept, BestHits<T> hits) {
        if (!NameEntry.looksLikeAcronym(input)) {
            return;
        }
        for (int id : acronyms.getOrDefault(NameNormaliser.normalise(input), List.of())) {
            offer(id, 1.0, accept, hits);
        }
    }

    /**
     * Offers exact, contained and fuzzy matches of a normalised text, each score multiplied by {@code factor};
     * fuzzy candidates that cannot reach {@code minScore} are skipped before scoring.
     */
    void search(String normalised, double factor, double minScore, Predicate<T> accept, BestHits<T> hits) {
        if (normalised.isEmpty()) {
            return;
        }
        WeightedName query = WeightedName.of(normalised, vocabulary);
        for (int id : exact.getOrDefault(query.canonicalForm(), List.of())) {
            offer(id, factor, accept, hits);
        }
        if (Tokens.containsCjk(normalised)) {
            cjk.forEachContained(normalised,
                    (id, share) -> offer(id, factor * (CONTAINED_BASE + CONTAINED_RANGE * share), accept, hits));
        }
        List<BitSet> retrieved = retrieve(query);
        BitSet candidates = new BitSet();
        retrieved.forEach(candidates::or);
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            NameEntry<T> entry = entries.get(id);
            if (factor * upperBound(entry.name(), hitCount(retrieved, id)) >= minScore && accept.test(entry.rule())) {
                hits.offer(entry.rule(), factor * TokenSetScorer.score(query, entry.name()), entry.alias());
            }
        }
    }

    /** One set of entry ids per distinct distinctive query token. */
    private List<BitSet> retrieve(WeightedName query) {
        Set<String> seen = new HashSet<>();
        List<BitSet> retrieved = new ArrayList<>();
        for (int i = 0; i < query.tokens().length; i++) {
            if (query.weights()[i] >= Vocabulary.DISTINCTIVE && seen.add(query.tokens()[i])) {
                BitSet ids = new BitSet();
                tokens.collect(query.tokens()[i], ids);
                retrieved.add(ids);
            }
        }
        return retrieved;
    }

    private static int hitCount(List<BitSet> retrieved, int id) {
        int hits = 0;
        for (BitSet ids : retrieved) {
            if (ids.get(id)) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * The best score a candidate could get: each query token that retrieved it can align with one of its
     * distinctive tokens at most, and the score is at most 2m / (m + candidate weight) for matched weight m.
     */
    private static double upperBound(WeightedName candidate, int hits) {
        int unmatchable = Math.max(0, candidate.distinctiveCount() - hits);
        double matched = candidate.totalWeight() - unmatchable * Vocabulary.DISTINCTIVE;
        return matched <= 0 ? 0.0 : 2 * matched / (matched + candidate.totalWeight());
    }

    private void offer(int id, double score, Predicate<T> accept, BestHits<T> hits) {
        NameEntry<T> entry = entries.get(id);
        if (accept.test(entry.rule())) {
            hits.offer(entry.rule(), score, entry.alias());
        }
    }
}
