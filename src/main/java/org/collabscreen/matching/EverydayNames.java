package org.collabscreen.matching;

import java.util.Set;

/**
 * A programme's name without its scheme word is often an everyday name too: Kunpeng is the mythical bird of the
 * Zhuangzi before it is Zhejiang's plan, a peacock is a bird, the Pearl River a river. A declaration that writes no
 * scheme word (plan, programme, 计划 …) and says it speaks of a creature, a myth or a story, or of a choir or a band,
 * names no talent programme ("Kunpeng, the mythical bird in Zhuangzi's Xiaoyaoyou").
 */
final class EverydayNames {

    private static final Set<String> OTHER_THINGS = Set.of(
            // creatures and myths
            "mythical",
            "myth",
            "myths",
            "mythology",
            "legend",
            "legendary",
            "bird",
            "birds",
            "fish",
            "creature",
            "fable",
            // stories and works
            "poem",
            "novel",
            "tale",
            "fairy",
            "opera",
            "album",
            "song",
            "film",
            // performers
            "choir",
            "band",
            "orchestra");

    private EverydayNames() {}

    /** Whether the normalised declaration writes no scheme word and says it speaks of another thing. */
    static boolean named(String normalised) {
        if (Tokens.containsCjk(normalised)) {
            return false;
        }
        boolean otherThing = false;
        for (String word : normalised.split(" ")) {
            if (ProgrammeVocabulary.INSTANCE.canonical(word).equals("plan")) {
                return false;
            }
            otherThing |= OTHER_THINGS.contains(word);
        }
        return otherThing;
    }
}
