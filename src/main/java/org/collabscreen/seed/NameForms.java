package org.collabscreen.seed;

/** Whether a name in the source lists is written in a native script, which marks it as a variant of a name. */
final class NameForms {

    private NameForms() {}

    static boolean hasNonLatinLetters(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .anyMatch(cp -> Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
    }
}
