package org.collabscreen.matching;

import java.util.BitSet;
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
    /** The lengths of the words corrected to: a token more than one letter longer or shorter than all is no typo. */
    private final BitSet lengths = new BitSet();

    VocabularyTypos(Set<String> words) {
        this.words = Set.copyOf(words);
        for (String word : this.words) {
            if (word.length() >= MIN_LENGTH && !Tokens.containsCjk(word)) {
                byDeletion.put(word, word);
                TokenIndex.deletions(word).forEach(deletion -> byDeletion.putIfAbsent(deletion, word));
                lengths.set(word.length());
            }
        }
    }

    /** The vocabulary word the token misspells, or the token itself. */
    String correct(String token) {
        if (token.length() < MIN_LENGTH - 1 || words.contains(token) || Tokens.containsCjk(token)) {
            return token;
        }
        // the token, or one of its deletions, is a word or a word's deletion only if a word is within a letter of it
        int length = token.length();
        if (!lengths.get(length - 1) && !lengths.get(length) && !lengths.get(length + 1)) {
            return token;
        }
        String word = byDeletion.get(token);
        for (int i = 0; word == null && i < length; i++) {
            // deleting any letter of a run of equal letters gives the same string: look it up once
            if (i == 0 || token.charAt(i) != token.charAt(i - 1)) {
                word = byDeletion.get(TokenIndex.deletion(token, i));
            }
        }
        return word != null && TokenSimilarity.distance(token, word) <= 1 ? word : token;
    }
}
