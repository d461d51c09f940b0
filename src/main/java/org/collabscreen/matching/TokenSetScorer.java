package org.collabscreen.matching;

/**
 * Weighted token-set similarity (a soft Dice coefficient): each query token is aligned with its most similar
 * unused candidate token; matched weight counts twice against the weights of both names.
 */
final class TokenSetScorer {

    /**
     * A distinctive word inside the matched words changes the name ("Chinese Academy of Social Sciences", "Moscow
     * State Linguistic University"); one before or after them rarely does (a campus, a city).
     */
    private static final double INSERTED_WORD_FACTOR = 0.9;

    /**
     * A distinctive word of the listed name that the input lacks makes another institution likelier: "Nanjing Institute
     * of Technology" is not the Nanjing Institute of Information Technology. Each costs this factor; a campus or a city
     * of the listed name left out costs no more than that.
     */
    private static final double MISSING_WORD_FACTOR = 0.95;

    private TokenSetScorer() {}

    /**
     * One edit turns Henan into Hunan and Hebei into Hefei: a word that names a place is no typo of another place.
     * Asked only of names that both name a place, so the hash lookups stay off most comparisons.
     */
    private static boolean isPlacePair(String a, String b) {
        return PlaceEvidence.isPlaceWord(a) && PlaceEvidence.isPlaceWord(b);
    }

    /**
     * Below this much under the floor, a bound proves the score misses it: bounds and scores add the same weights in
     * other orders, so they may differ in the last bits.
     */
    private static final double ROUNDING = 1e-9;

    /**
     * 0 unless at least one distinctive candidate token is matched; else in (0, 1]. That score when it reaches {@code
     * floor}; 0 as soon as the query tokens left, each matched at most once to one of the candidate's unused tokens,
     * could no longer lift it to {@code floor}. Most candidates of a common word stop there after a token or two.
     */
    static double score(WeightedName query, WeightedName candidate, double floor) {
        String[] candidateTokens = candidate.tokens();
        boolean[] used = new boolean[candidateTokens.length];
        double matched = 0;
        double queryTotal = 0;
        double unusedWeight = candidate.totalWeight();
        boolean distinctiveHit = false;
        int firstMatched = -1;
        int pendingInserted = 0;
        int inserted = 0;
        int queryTokens = query.tokens().length;
        for (int i = 0; i < queryTokens; i++) {
            int best = -1;
            double bestSimilarity = 0;
            for (int j = 0; j < candidateTokens.length && bestSimilarity < 1.0; j++) {
                if (!used[j]) {
                    double similarity = TokenSimilarity.of(query.tokens()[i], candidateTokens[j]);
                    if (similarity < 1.0
                            && similarity > 0
                            && query.namesPlace()
                            && candidate.namesPlace()
                            && isPlacePair(query.tokens()[i], candidateTokens[j])) {
                        similarity = 0;
                    }
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                double weight = candidate.weights()[best];
                matched += weight * bestSimilarity;
                queryTotal += weight;
                unusedWeight -= weight;
                distinctiveHit |= weight >= Vocabulary.DISTINCTIVE;
                firstMatched = firstMatched < 0 ? i : firstMatched;
                inserted += pendingInserted;
                pendingInserted = 0;
            } else {
                queryTotal += query.weights()[i];
                if (firstMatched >= 0 && query.weights()[i] >= Vocabulary.DISTINCTIVE) {
                    pendingInserted++;
                }
            }
            // each token left matches at most one unused candidate token, of weight at most DISTINCTIVE
            double reachable = Math.min(unusedWeight, (queryTokens - i - 1) * Vocabulary.DISTINCTIVE);
            double ceiling = 2 * (matched + reachable) / (queryTotal + reachable + candidate.totalWeight());
            if (ceiling < floor - ROUNDING) {
                return 0.0;
            }
        }
        if (!distinctiveHit) {
            return 0.0;
        }
        double dice = Math.min(1.0, 2 * matched / (queryTotal + candidate.totalWeight()));
        int missing = 0;
        for (int j = 0; j < candidateTokens.length; j++) {
            if (!used[j] && candidate.weights()[j] >= Vocabulary.DISTINCTIVE) {
                missing++;
            }
        }
        return dice * Math.pow(INSERTED_WORD_FACTOR, inserted) * Math.pow(MISSING_WORD_FACTOR, missing);
    }
}
