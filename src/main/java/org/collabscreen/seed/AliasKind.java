package org.collabscreen.seed;

import java.util.regex.Pattern;

/** Classifies a name variant as native-script name, acronym or plain alias. */
final class AliasKind {

    static final String NATIVE_NAME = "NATIVE_NAME";
    static final String ALIAS = "ALIAS";
    static final String FORMER_NAME = "FORMER_NAME";
    static final String ACRONYM = "ACRONYM";
    static final String SUB_UNIT_NAME = "SUB_UNIT_NAME";

    private static final Pattern ACRONYM_FORM = Pattern.compile("[A-Z][A-Z0-9&.\\-]*( [A-Z][A-Z0-9&.\\-]*){0,3}");

    private AliasKind() {}

    static String of(String alias) {
        if (hasNonLatinLetters(alias)) {
            return NATIVE_NAME;
        }
        return alias.length() <= 20 && ACRONYM_FORM.matcher(alias).matches() ? ACRONYM : ALIAS;
    }

    static boolean hasNonLatinLetters(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .anyMatch(cp -> Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN);
    }

    /** Order of precedence when one alias arrives with two kinds: the more specific kind wins over ALIAS. */
    static boolean moreSpecific(String candidate, String current) {
        return ALIAS.equals(current) && !ALIAS.equals(candidate) && !SUB_UNIT_NAME.equals(candidate);
    }
}
