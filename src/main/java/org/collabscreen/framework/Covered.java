package org.collabscreen.framework;

import java.util.List;

/** Who a US framework assesses: covered individuals, and what to say about the others. */
final class Covered {

    private Covered() {}

    /**
     * PIs, co-investigators and senior/key personnel are covered individuals; so is a researcher named without a role,
     * since the proposal lists them as working on it. Students and others are not.
     */
    static boolean isCovered(FrameworkFacts.Researcher researcher) {
        return researcher.role() == null || researcher.role().isSenior();
    }

    static String who(FrameworkFacts.Researcher researcher) {
        String role = researcher.role() == null
                ? "named without a role, so taken as a covered individual"
                : researcher.role().name();
        return "'" + researcher.name() + "' (" + role + ")";
    }

    static String field(int i) {
        return "researchers[" + i + "]";
    }

    static String field(int i, String list, int j) {
        return "researchers[" + i + "]." + list + "[" + j + "]";
    }

    static List<FrameworkFacts.Researcher> researchers(Situation situation) {
        return situation.facts().researchers();
    }
}
