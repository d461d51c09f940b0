package org.collabscreen.matching;

import java.util.Map;

/**
 * A chip that accelerates AI is hardware the work builds, not a method it applies: "a RISC-V system-on-chip with an
 * integrated neural processing unit", "Prozessorkern mit integriertem KI-Beschleuniger" design the accelerator the
 * words before it would otherwise read as a tool. The terms of Canada's STRA sub-category "AI Chipsets" (AI chips,
 * accelerators, neural processing units, in every language read) are therefore read as advanced wherever they are
 * found, unless the text studies them from outside. Issue 15, twenty-fourth round.
 */
final class AiChips {

    private static final String SOURCE = "AI Chipsets";

    private AiChips() {}

    static void resolve(Map<String, CategoryEvidence> found, boolean studied) {
        CategoryEvidence ai = found.get("AI");
        if (!studied && ai != null) {
            ai.advance(pattern -> pattern.source().contains(SOURCE));
        }
    }
}
