package org.collabscreen.rulebook.matching;

/**
 * Typo-tolerant similarity of two tokens of four or more letters: one edit (optimal string alignment) at most.
 * Kept in step with {@link TokenIndex}, whose deletion neighbourhood retrieves exactly these pairs.
 */
final class TokenSimilarity {

    static final int MIN_LENGTH = 4;
    private static final int MAX_EDITS = 1;

    private TokenSimilarity() {
    }

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int longer = Math.max(a.length(), b.length());
        int shorter = Math.min(a.length(), b.length());
        if (shorter < MIN_LENGTH || longer - shorter > MAX_EDITS || Tokens.isNumeric(a) || Tokens.isNumeric(b)
                || Tokens.containsCjk(a) || Tokens.containsCjk(b)) {
            return 0.0;
        }
        int distance = distance(a, b, MAX_EDITS);
        return distance > MAX_EDITS ? 0.0 : 1.0 - (double) distance / longer;
    }

    /** Optimal string alignment distance, or bound + 1 as soon as it must exceed the bound. */
    static int distance(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }
}
