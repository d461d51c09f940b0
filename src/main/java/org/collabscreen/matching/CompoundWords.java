package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Romanised names split words differently ("Jiaotong" and "Jiao Tong", "Changjiang" and "Chang Jiang"): variants of a
 * query with two neighbouring words joined, or one unknown word split, where the result is an indexed word.
 */
final class CompoundWords {

    private static final int MIN_PART = 2;
    private static final int MIN_SPLIT_LENGTH = 6;

    private CompoundWords() {}

    static List<String> variants(String[] words, TokenIndex index) {
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
            String word = words[i];
            if (word.length() < MIN_SPLIT_LENGTH || !isWord(word)) {
                continue;
            }
            for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
                if (index.contains(word.substring(0, at)) && index.contains(word.substring(at))) {
                    String[] variant = Arrays.copyOf(words, words.length);
                    variant[i] = word.substring(0, at) + " " + word.substring(at);
                    variants.add(join(variant));
                    break;
                }
            }
        }
        return variants;
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
