package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Romanised names split words differently ("Jiaotong" and "Jiao Tong", "Changjiang" and "Chang Jiang"): variants of a
 * query with two neighbouring words joined, or one unknown word split, where the result is an indexed word. How each
 * word of the indexed names splits is worked out once, when the index is built; other words are split as they come.
 */
final class CompoundWords {

    private static final int MIN_PART = 2;
    private static final int MIN_SPLIT_LENGTH = 6;
    private static final String NO_SPLIT = "";
    private static final int MIN_HASH_BITS = 1 << 12;

    private final TokenIndex index;
    /** Each word of the indexed names, split into two indexed words ("jiao tong"), or {@link #NO_SPLIT}. */
    private final Map<String, String> splits = new HashMap<>();
    /** A bit for the hash of each indexed word, taken modulo the filter's size: {@link #mayJoinToAWord}. */
    private final BitSet wordHashes;

    private final int hashBits;

    /** @param normalisedNames the names the index holds, normalised ({@link NameNormaliser#normalise}) */
    CompoundWords(TokenIndex index, Collection<String> normalisedNames) {
        this.index = index;
        this.hashBits = Math.max(
                        MIN_HASH_BITS,
                        Integer.highestOneBit(Math.max(1, index.tokens().size())) * 16)
                - 1;
        this.wordHashes = new BitSet(hashBits + 1);
        index.tokens().forEach(token -> wordHashes.set(token.hashCode() & hashBits));
        for (String name : normalisedNames) {
            for (String word : Tokens.split(name)) {
                splits.computeIfAbsent(word, this::split);
            }
        }
    }

    List<String> variants(String[] words) {
        List<String> variants = new ArrayList<>(1);
        for (int i = 0; i + 1 < words.length; i++) {
            if (!mayJoinToAWord(words[i], words[i + 1])) {
                continue;
            }
            String joined = words[i] + words[i + 1];
            if (isWord(words[i]) && isWord(words[i + 1]) && index.contains(joined)) {
                String[] variant = Arrays.copyOf(words, words.length);
                variant[i] = joined;
                variant[i + 1] = "";
                variants.add(join(variant));
            }
        }
        for (int i = 0; i < words.length; i++) {
            String split = splits.get(words[i]);
            if (split == null) {
                split = split(words[i]);
            }
            if (!split.equals(NO_SPLIT)) {
                String[] variant = Arrays.copyOf(words, words.length);
                variant[i] = split;
                variants.add(join(variant));
            }
        }
        return variants;
    }

    /**
     * Whether the two words written together could be an indexed word: the hash of the joined string, worked out from
     * the two hashes ({@link String#hashCode} is a polynomial in the characters), has its bit set. Never false for an
     * indexed word; the string is built only when this says it may be one.
     */
    private boolean mayJoinToAWord(String first, String second) {
        return mayBeAWord(first.hashCode() * power31(second.length()) + second.hashCode());
    }

    private boolean mayBeAWord(int hash) {
        return wordHashes.get(hash & hashBits);
    }

    private static int power31(int exponent) {
        int power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 31;
        }
        return power;
    }

    /**
     * The word as two indexed words, split at the first place that gives them, or {@link #NO_SPLIT}. The hashes of
     * both parts are worked out from the word's as the split point moves; substrings are made only where both may be
     * words.
     */
    private String split(String word) {
        if (word.length() < MIN_SPLIT_LENGTH || !isWord(word)) {
            return NO_SPLIT;
        }
        int whole = word.hashCode();
        int prefix = 0;
        for (int i = 0; i < MIN_PART; i++) {
            prefix = 31 * prefix + word.charAt(i);
        }
        for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
            int suffix = whole - prefix * power31(word.length() - at);
            if (mayBeAWord(prefix)
                    && mayBeAWord(suffix)
                    && index.contains(word.substring(0, at))
                    && index.contains(word.substring(at))) {
                return word.substring(0, at) + " " + word.substring(at);
            }
            prefix = 31 * prefix + word.charAt(at);
        }
        return NO_SPLIT;
    }

    private static boolean isWord(String token) {
        return !Tokens.isNumeric(token) && !Tokens.containsCjk(token);
    }

    private static String join(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        return out.toString();
    }
}
