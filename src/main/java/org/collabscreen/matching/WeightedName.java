package org.collabscreen.matching;

/**
 * A normalised name split into canonical tokens, each with its weight; {@code typos} vocabulary words were misspelt;
 * {@code namesPlace} when a token is the name of a place ({@link PlaceEvidence#isPlaceWord}).
 */
record WeightedName(
        String normalised, String[] tokens, double[] weights, double totalWeight, int typos, boolean namesPlace) {

    static WeightedName of(String normalised, Vocabulary vocabulary) {
        String[] tokens = Tokens.split(vocabulary.rewrite(normalised));
        double[] weights = new double[tokens.length];
        double total = 0;
        int typos = 0;
        boolean namesPlace = false;
        for (int i = 0; i < tokens.length; i++) {
            Vocabulary.Word word = vocabulary.word(tokens[i]);
            tokens[i] = word.corrected();
            if (word.misspelt()) {
                typos++;
            }
            weights[i] = word.weight();
            total += weights[i];
            namesPlace |= PlaceEvidence.isPlaceWord(tokens[i]);
        }
        return new WeightedName(normalised, tokens, weights, total, typos, namesPlace);
    }

    /** {@code of(normalised, vocabulary).canonicalForm()}, without weighing the words. */
    static String canonicalForm(String normalised, Vocabulary vocabulary) {
        String[] tokens = Tokens.split(vocabulary.rewrite(normalised));
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = vocabulary.correctTypo(vocabulary.canonical(tokens[i]));
        }
        return String.join(" ", tokens);
    }

    int distinctiveCount() {
        int count = 0;
        for (double weight : weights) {
            if (weight >= Vocabulary.DISTINCTIVE) {
                count++;
            }
        }
        return count;
    }

    String canonicalForm() {
        return String.join(" ", tokens);
    }
}
