package org.collabscreen.matching;

/** One name or alias of a rule, precomputed for matching; {@code primary} marks the rule's own name. */
record NameEntry<T>(T rule, String alias, WeightedName name, boolean acronym, boolean primary) {

    private static final int MAX_ACRONYM_LENGTH = 6;

    /** An acronym is short, one word, and written in capitals (HIT, CAS, USTC): it matches only exactly. */
    static boolean isAcronym(String alias) {
        String trimmed = alias.strip();
        if (trimmed.length() > MAX_ACRONYM_LENGTH || trimmed.length() < 2) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (!Character.isDigit(c) && c != '-' && c != '&') {
                return false;
            }
        }
        return upper >= 2;
    }

    /** Whether typed input could be the acronym: no lower-case letters, so the word "hit" is not HIT. */
    static boolean looksLikeAcronym(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (Character.isLowerCase(input.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
