package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
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

    private final TokenIndex index;
    /** Each word of the indexed names, split into two indexed words ("jiao tong"), or {@link #NO_SPLIT}. */
    private final Map<String, String> splits = new HashMap<>();

    /** @param normalisedNames the names the index holds, normalised ({@link NameNormaliser#normalise}) */
    CompoundWords(TokenIndex index, Collection<String> normalisedNames) {
        this.index = index;
        for (String name : normalisedNames) {
            for (String word : Tokens.split(name)) {
                splits.computeIfAbsent(word, this::split);
            }
        }
    }

    List<String> variants(String[] words) {
        List<String> variants = new ArrayList<>(1);
        for (int i = 0; i + 1 < words.length; i++) {
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

    /** The word as two indexed words, split at the first place that gives them, or {@link #NO_SPLIT}. */
    private String split(String word) {
        if (word.length() < MIN_SPLIT_LENGTH || !isWord(word)) {
            return NO_SPLIT;
        }
        for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
            if (index.contains(word.substring(0, at)) && index.contains(word.substring(at))) {
                return word.substring(0, at) + " " + word.substring(at);
            }
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
