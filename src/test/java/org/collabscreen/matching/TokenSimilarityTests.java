package org.collabscreen.matching;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSimilarityTests {

    @Test
    void toleratesOneEditOfAnyKind() {
        assertThat(TokenSimilarity.distance("harbin", "harbin")).isZero();
        assertThat(TokenSimilarity.distance("harbin", "harbon")).isEqualTo(1);
        assertThat(TokenSimilarity.distance("harbin", "harbn")).isEqualTo(1);
        assertThat(TokenSimilarity.distance("harbin", "harbinn")).isEqualTo(1);
        assertThat(TokenSimilarity.distance("institue", "institeu")).isEqualTo(1);
        assertThat(TokenSimilarity.distance("harbin", "hrabni")).isEqualTo(2);
        assertThat(TokenSimilarity.of("institute", "institue")).isEqualTo(1.0 - 1.0 / 9);
    }

    /**
     * The linear-time distance, with its early exits, equals the optimal string alignment distance capped at two,
     * worked out by dynamic programming, on 300,000 pairs of short words over a small alphabet (so most pairs are one
     * or two edits apart, with edits at every position).
     */
    @Test
    void equalsTheAlignmentDistanceCappedAtTwo() {
        Random random = new Random(3);
        for (int k = 0; k < 300_000; k++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? word(random) : edited(a, random);
            assertThat(TokenSimilarity.distance(a, b)).as("%s / %s", a, b).isEqualTo(Math.min(2, alignment(a, b)));
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int n = random.nextInt(9); n > 0; n--) {
            word.append("abc".charAt(random.nextInt(3)));
        }
        return word.toString();
    }

    private static String edited(String word, Random random) {
        StringBuilder out = new StringBuilder(word);
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, "abc".charAt(random.nextInt(3)));
                case 1 -> {
                    if (!out.isEmpty()) {
                        out.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (!out.isEmpty()) {
                        out.setCharAt(at, "abc".charAt(random.nextInt(3)));
                    }
                }
                default -> {
                    if (at + 1 < out.length()) {
                        char c = out.charAt(at);
                        out.setCharAt(at, out.charAt(at + 1));
                        out.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Optimal string alignment distance, by the textbook recurrence. */
    private static int alignment(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
