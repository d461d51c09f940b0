package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
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
    /** The words corrected to, and the {@link #letters} of each, side by side. */
    private final List<String> corrected = new ArrayList<>();

    private final long[] lettersOf;

    VocabularyTypos(Set<String> words) {
        this.words = Set.copyOf(words);
        for (String word : this.words) {
            if (word.length() >= MIN_LENGTH && !Tokens.containsCjk(word)) {
                byDeletion.put(word, word);
                TokenIndex.deletions(word).forEach(deletion -> byDeletion.putIfAbsent(deletion, word));
                lengths.set(word.length());
                corrected.add(word);
            }
        }
        lettersOf = corrected.stream().mapToLong(VocabularyTypos::letters).toArray();
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
        if (!withinALetterOfAWord(token)) {
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

    /**
     * Whether some word corrected to is one letter or less longer or shorter than the token and lacks at most one of
     * its letters: a token one edit from a word has all its letters but one in the word, so when no word passes, no
     * deletion need be looked up (most tokens are no typo). A quick test that never rules out a word one edit away.
     */
    private boolean withinALetterOfAWord(String token) {
        long letters = letters(token);
        for (int i = 0; i < lettersOf.length; i++) {
            if (Math.abs(corrected.get(i).length() - token.length()) <= 1
                    && Long.bitCount(letters & ~lettersOf[i]) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The characters of a text as bits, each character at bit (its code modulo 64). */
    private static long letters(String text) {
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            letters |= 1L << text.charAt(i);
        }
        return letters;
    }
}
