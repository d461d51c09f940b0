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
}
