package org.collabscreen.matching;

import java.util.List;
import java.util.Map;

/**
 * A learning method put to work on another sensitive technology is advanced with it: reinforcement learning that
 * adapts a radar's waveform or teaches a legged robot to walk, federated learning that detects intrusions across
 * plants, diffusion or other generative models that design proteins. The labels of the development sets follow this
 * convention (a method applied to a natural, medical or social question stays a tool, {@link ToolUse}): of the texts
 * whose only AI terms were read as a tool while another category was found, 75 of 90 are labelled AI, and of the 27
 * this reading changes (its methods are the three below), 24 (issue 15, twenty-fourth round). The methods are those the US CET
 * list names as AI subfields (reinforcement learning; generative AI) and Canada's STRA lists under machine learning
 * (federated learning), in every language read. A text studied from outside advances nothing.
 */
final class LearningForSensitiveWork {

    /** Word parts of the methods' terms, folded as {@link DisplacingTerms#folded} (Han text also to Simplified). */
    private static final List<String> METHODS = List.of(
            // reinforcement learning (CET: reinforcement learning)
            "reinforcement",
            "self play",
            "refuerzo",
            "renforcement",
            "bestarkend",
            "verstarkend",
            "rinforzo",
            "reforco",
            "подкреплени",
            "强化学习",
            "강화",
            // federated learning (STRA: machine learning)
            "federated",
            "federado",
            "federe",
            "foderiert",
            "federato",
            "federada",
            "федератив",
            "联邦学习",
            "连合学习",
            "연합",
            // generative and diffusion models (CET: generative AI)
            "generative",
            "generativ",
            "generatif",
            "diffusion",
            "difusion",
            "diffusione",
            "difusao",
            "генератив",
            "диффузион",
            "生成",
            "생성");

    /** The confidence from which another category is advanced by the work, as {@link WorkFacets} reads it. */
    private static final double ADVANCED = 0.6;

    private LearningForSensitiveWork() {}

    static void resolve(Map<String, CategoryEvidence> found, boolean studied) {
        CategoryEvidence ai = found.get("AI");
        if (studied || ai == null || !ai.hasTerm(LearningForSensitiveWork::names)) {
            return;
        }
        boolean otherWork = found.values().stream()
                .anyMatch(other -> other != ai && other.hasTerms() && other.confidence() >= ADVANCED);
        if (otherWork) {
            ai.advance(LearningForSensitiveWork::names);
        }
    }

    private static boolean names(KeywordPattern pattern) {
        String folded = DisplacingTerms.folded(ScriptFolding.fold(pattern.term()));
        return METHODS.stream().anyMatch(folded::contains);
    }
}
