package org.collabscreen.matching;

/**
 * A number that a programme's name holds ("Thousand Talents", "111 Project") names another thing when a plural of no
 * programme follows it: that plural is what the number counts ("1000 Solar Roofs", "Thousand Stars"), and the phrase
 * names a project of so many of those things, not the programme.
 */
final class CountedThings {

    private CountedThings() {}

    /** Whether the canonical programme word is a number written in digits ("thousand" reads as "1000"). */
    static boolean isNumber(String canonical) {
        return !canonical.isEmpty() && canonical.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether the word, as the input writes it, is a plural of letters that a number could count ("roofs", "stars",
     * "estrellas"); a word in the singular after a number goes on with the name ("Projet 111 d'introduction …").
     */
    static boolean isCountedWord(String token) {
        return token.length() > 3
                && token.endsWith("s")
                && token.chars().allMatch(Character::isLetter)
                && !Tokens.containsCjk(token);
    }
}
