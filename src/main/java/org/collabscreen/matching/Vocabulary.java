package org.collabscreen.matching;

/** How one kind of name treats its words: their canonical spelling and how much each counts in a score. */
interface Vocabulary {

    /** Weight of a word that identifies an entry; only such words are indexed for candidate retrieval. */
    double DISTINCTIVE = 1.0;

    String canonical(String token);

    double weight(String canonicalToken);

    /** The normalised text with multi-word forms rewritten before it is split, e.g. number words as digits. */
    default String rewrite(String normalised) {
        return normalised;
    }

    /** The vocabulary word a token misspells, or the token itself. */
    default String correctTypo(String canonicalToken) {
        return canonicalToken;
    }

    /** A token's canonical spelling, that spelling with its typo corrected, and the corrected word's weight. */
    default Word word(String token) {
        String canonical = canonical(token);
        String corrected = correctTypo(canonical);
        return new Word(canonical, corrected, weight(corrected));
    }

    /** What {@link #word} tells of a token. */
    record Word(String canonical, String corrected, double weight) {

        /** Whether the canonical spelling was a misspelt vocabulary word. */
        boolean misspelt() {
            return !corrected.equals(canonical);
        }
    }
}
