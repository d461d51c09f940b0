package org.collabscreen.rulebook.matching;

/**
 * Weighted token-set similarity (a soft Dice coefficient): each query token is aligned with its most similar
 * unused candidate token; matched weight counts twice against the weights of both names.
 */
final class TokenSetScorer {

    private TokenSetScorer() {
    }

    /** 0 unless at least one distinctive candidate token is matched; else in (0, 1]. */
    static double score(WeightedName query, WeightedName candidate) {
        String[] candidateTokens = candidate.tokens();
        boolean[] used = new boolean[candidateTokens.length];
        double matched = 0;
        double queryTotal = 0;
        boolean distinctiveHit = false;
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
            } else {
                queryTotal += query.weights()[i];
            }
        }
        if (!distinctiveHit) {
            return 0.0;
        }
        return Math.min(1.0, 2 * matched / (queryTotal + candidate.totalWeight()));
    }
}
