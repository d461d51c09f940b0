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

    private TokenSetScorer() {}

    /** 0 unless at least one distinctive candidate token is matched; else in (0, 1]. */
    static double score(WeightedName query, WeightedName candidate) {
        String[] candidateTokens = candidate.tokens();
        boolean[] used = new boolean[candidateTokens.length];
        double matched = 0;
        double queryTotal = 0;
        boolean distinctiveHit = false;
        int firstMatched = -1;
        int pendingInserted = 0;
        int inserted = 0;
        for (int i = 0; i < query.tokens().length; i++) {
            int best = -1;
            double bestSimilarity = 0;
            for (int j = 0; j < candidateTokens.length && bestSimilarity < 1.0; j++) {
                if (!used[j]) {
                    double similarity = TokenSimilarity.of(query.tokens()[i], candidateTokens[j]);
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
        }
        if (!distinctiveHit) {
            return 0.0;
        }
        double dice = Math.min(1.0, 2 * matched / (queryTotal + candidate.totalWeight()));
        return dice * Math.pow(INSERTED_WORD_FACTOR, inserted);
    }
}
