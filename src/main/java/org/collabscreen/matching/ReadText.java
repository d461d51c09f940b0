package org.collabscreen.matching;

/**
 * A text as read in one language: its tokens, and which of them a category's term was found at. A word a term
 * explains is not counted again as a word of a control-list item ({@link DescribedItems}).
 */
record ReadText(TextTokens tokens, boolean[] covered) {

    ReadText(TextTokens tokens) {
        this(tokens, new boolean[tokens.size()]);
    }

    void cover(int start, int length) {
        for (int i = start; i < Math.min(covered.length, start + length); i++) {
            covered[i] = true;
        }
    }
}
