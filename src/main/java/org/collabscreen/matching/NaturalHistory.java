package org.collabscreen.matching;

import java.util.List;
import java.util.Set;

/**
 * Whether a text studies living nature in the field: birds and their song, fungi, diatoms, hedgehogs, storks, wildlife,
 * biodiversity or orchard meadows, the objects of ornithology, mycology and ecology (OECD Fields of Science 1.6,
 * biological sciences). A method or instrument named there (machine learning, drones, thermal cameras) is the
 * naturalist's tool, not the work's subject, as in "Machine learning to classify birdsong" or "Drones pour le suivi
 * des cigognes". Words are read as the starts of tokens, so inflections and German compounds count
 * ("Vogelgesängen", "Pilzarten"); the Chinese and Japanese bigrams are read for bird (鸟, 鳥) and an animal's call.
 */
final class NaturalHistory {

    /** Unaccented word starts, as every language's analysis lower-cases them. */
    private static final List<String> WORD_STARTS = List.of(
            "bird",
            "songbird",
            "wildlife",
            "biodivers",
            "fungi",
            "mushroom",
            "diatom",
            "hedgehog",
            "stork",
            "orchard",
            "ornitholog",
            "mycolog",
            "oiseau",
            "cigogne",
            "champignon",
            "vogel",
            "pilz",
            "storch",
            "streuobst",
            "pajar",
            "uccell",
            "funghi",
            "птиц",
            "грибов");

    /** Bird in simplified and traditional or Japanese script, and the call of an animal (鸣声, 鳴き声). */
    private static final List<String> HAN_PARTS = List.of("鸟", "鳥", "鸣声", "鳴き");

    /** Words after a creature that make it a model or a hazard of engineering ("bird-inspired", "bird strike"). */
    private static final Set<String> ENGINEERING_AFTER = Set.of("inspired", "like", "strike", "strikes");

    private NaturalHistory() {}

    static boolean in(TechnologyLanguage language, TextTokens tokens) {
        boolean han = language == TechnologyLanguage.ZH || language == TechnologyLanguage.JA;
        String[] words = tokens.lower();
        for (int i = 0; i < words.length; i++) {
            if (han ? holdsAny(words[i]) : startsAny(words[i]) && !engineering(words, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAny(String bigram) {
        return HAN_PARTS.stream().anyMatch(bigram::contains);
    }

    private static boolean startsAny(String word) {
        return WORD_STARTS.stream().anyMatch(word::startsWith);
    }

    private static boolean engineering(String[] words, int next) {
        return next < words.length && ENGINEERING_AFTER.contains(words[next]);
    }
}
