package org.collabscreen.matching;

/**
 * Typo-tolerant similarity of two tokens of four or more letters: one edit (optimal string alignment) at most.
 * Kept in step with {@link TokenIndex}, whose deletion neighbourhood retrieves exactly these pairs.
 */
final class TokenSimilarity {

    static final int MIN_LENGTH = 4;
    private static final int MAX_EDITS = 1;

    private TokenSimilarity() {}

    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int longer = Math.max(a.length(), b.length());
        int shorter = Math.min(a.length(), b.length());
        if (shorter < MIN_LENGTH
                || longer - shorter > MAX_EDITS
                || hasDigit(a)
                || hasDigit(b)
                || Tokens.containsCjk(a)
                || Tokens.containsCjk(b)) {
            return 0.0;
        }
        int distance = distance(a, b);
        return distance > MAX_EDITS ? 0.0 : 1.0 - (double) distance / longer;
    }

    /** A number, or a word holding one ("48th", "No59"), names one unit of a series: no digit is a typo of another. */
    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Optimal string alignment distance capped at two: 0 when equal, 1 for one insertion, deletion, substitution or
     * transposition of neighbours, else 2. Linear time, as only one edit is ever tolerated.
     */
    static int distance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return 2;
        }
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // every edit below leaves the last letters equal unless it is at the end: most pairs differ there
        if (n > m) {
            return (i == m || a.charAt(n - 1) == b.charAt(m - 1)) && a.regionMatches(i + 1, b, i, m - i) ? 1 : 2;
        }
        if (m > n) {
            return (i == n || b.charAt(m - 1) == a.charAt(n - 1)) && b.regionMatches(i + 1, a, i, n - i) ? 1 : 2;
        }
        if (i < n - 2 && a.charAt(n - 1) != b.charAt(n - 1)) {
            return 2;
        }
        if (a.regionMatches(i + 1, b, i + 1, n - i - 1)) {
            return 1;
        }
        boolean swapped = i + 1 < n
                && a.charAt(i) == b.charAt(i + 1)
                && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, n - i - 2);
        return swapped ? 1 : 2;
    }
}
