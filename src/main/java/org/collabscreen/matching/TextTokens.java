package org.collabscreen.matching;

/** A text as parallel token arrays: as written (normalised, case kept), lower-case, and stemmed. */
record TextTokens(String[] cased, String[] lower, String[] stems) {

    static final TextTokens EMPTY = new TextTokens(new String[0], new String[0], new String[0]);

    static TextTokens of(String text) {
        String[] cased = Tokens.split(NameNormaliser.normalise(text, false));
        String[] lower = new String[cased.length];
        for (int i = 0; i < cased.length; i++) {
            lower[i] = NameNormaliser.normalise(cased[i]);
        }
        return new TextTokens(cased, lower, EnglishStemmer.stems(lower));
    }

    int size() {
        return cased.length;
    }

    /** Whether the stems from position {@code start} on equal {@code phrase}. */
    boolean stemsMatchAt(int start, String[] phrase) {
        if (start + phrase.length > stems.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!stems[start + i].equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }
}
