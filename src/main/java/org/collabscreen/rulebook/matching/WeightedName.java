package org.collabscreen.rulebook.matching;

/** A normalised name split into canonical tokens, each with its weight. */
record WeightedName(String normalised, String[] tokens, double[] weights, double totalWeight) {

    static WeightedName of(String normalised, Vocabulary vocabulary) {
        String[] tokens = Tokens.split(normalised);
        double[] weights = new double[tokens.length];
        double total = 0;
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = vocabulary.canonical(tokens[i]);
            weights[i] = vocabulary.weight(tokens[i]);
            total += weights[i];
        }
        return new WeightedName(normalised, tokens, weights, total);
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
