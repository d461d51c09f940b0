package org.collabscreen.matching;

import java.util.Set;

/**
 * Whether a general-purpose method (machine learning, supercomputing) is only used as a tool where it is mentioned:
 * "analysed with machine learning", "using deep learning", "natural language processing tools". Research that uses
 * such a tool is not research that advances it; its term then counts at a reduced confidence.
 */
final class ToolUse {

    /** Categories whose keywords are general-purpose methods that most research merely applies. */
    static final Set<String> GENERAL_PURPOSE_CATEGORIES = Set.of("AI", "ADV_COMPUTING");

    static final double FACTOR = 0.5;

    private static final int WINDOW = 3;
    private static final Set<String> BEFORE = Set.of(
            "use",
            "using",
            "uses",
            "used",
            "with",
            "apply",
            "applying",
            "applied",
            "via",
            "employ",
            "employing",
            "analysed",
            "analyzed",
            "leveraging",
            "by",
            "through",
            "aided");
    private static final Set<String> AFTER =
            Set.of("tool", "tools", "techniques", "methods", "software", "based", "aided", "assisted");

    private ToolUse() {}

    static boolean at(TextTokens tokens, int start, int length) {
        for (int i = Math.max(0, start - WINDOW); i < start; i++) {
            if (BEFORE.contains(tokens.lower()[i])) {
                return true;
            }
        }
        int after = start + length;
        return after < tokens.size() && AFTER.contains(tokens.lower()[after]);
    }
}
