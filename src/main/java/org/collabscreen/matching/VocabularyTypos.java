package org.collabscreen.matching;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Corrects a token one edit away from a long vocabulary word (six letters or more, so that no short distinctive word
 * is taken for one), using the same deletion neighbourhood as {@link TokenIndex}.
 */
final class VocabularyTypos {

    private static final int MIN_LENGTH = 6;

    private final Set<String> words;
    private final Map<String, String> byDeletion = new HashMap<>();

    VocabularyTypos(Set<String> words) {
        this.words = Set.copyOf(words);
        for (String word : this.words) {
            if (word.length() >= MIN_LENGTH && !Tokens.containsCjk(word)) {
                byDeletion.put(word, word);
                TokenIndex.deletions(word).forEach(deletion -> byDeletion.putIfAbsent(deletion, word));
            }
        }
    }

    /** The vocabulary word the token misspells, or the token itself. */
    String correct(String token) {
        if (token.length() < MIN_LENGTH - 1 || words.contains(token) || Tokens.containsCjk(token)) {
            return token;
        }
        String word = byDeletion.get(token);
        if (word == null) {
            for (String deletion : TokenIndex.deletions(token)) {
                word = byDeletion.get(deletion);
                if (word != null) {
                    break;
                }
            }
        }
        return word != null && TokenSimilarity.distance(token, word) <= 1 ? word : token;
    }
}
