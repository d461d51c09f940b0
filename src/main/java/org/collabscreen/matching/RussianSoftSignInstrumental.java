package org.collabscreen.matching;

import java.util.regex.Pattern;

/**
 * Russian nouns in -ь take -ью in the instrumental singular (моделью, сетью, памятью, точностью), an ending Lucene's
 * light Russian stemmer keeps, so "большой языковой моделью" would not meet the term "языковые модели". Technology
 * text reads such a word with its nominative -ь, which the stemmer then removes as it does from модель.
 */
final class RussianSoftSignInstrumental {

    /** -ью ending a Cyrillic word of at least three letters before it. */
    private static final Pattern INSTRUMENTAL = Pattern.compile("(?<=\\p{IsCyrillic}{3})[ьЬ][юЮ](?!\\p{IsCyrillic})");

    private RussianSoftSignInstrumental() {}

    static String asNominative(String text) {
        return INSTRUMENTAL.matcher(text).replaceAll("ь");
    }
}
