package org.collabscreen.matching;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A programme's name without its scheme word is often an everyday name too: Kunpeng is the mythical bird of the
 * Zhuangzi before it is Zhejiang's plan, a peacock is a bird, the Pearl River a river. A declaration that writes no
 * scheme word (plan, programme, 计划 …) and says it speaks of a creature, a myth or a story, or of a choir or a band,
 * names no talent programme ("Kunpeng, the mythical bird in Zhuangzi's Xiaoyaoyou"). Nor does a number of talents
 * that a clause goes on about, in any language ("a hundred talents who graduated", "cent talents à découvrir", "mil
 * talentos se graduaron"): a name is not the subject of a verb or a relative clause right after it. Nor does a river's
 * name followed by the place it names ("Yangtze River Delta", "Pearl River Basin").
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

    /** The words of talents, as the partners' languages write them. */
    private static final Set<String> TALENTS =
            Set.of("talents", "talentos", "talenti", "talente", "talenten", "таланты", "талантов");

    /** Words that go on with a clause about the talents: relative pronouns, verbs, infinitive markers. */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "who",
            "that",
            "which",
            "were",
            "are",
            "will",
            "have",
            "graduated",
            "qui",
            "que",
            "sont",
            "se",
            "para",
            "han",
            "fur",
            "die",
            "sind",
            "che",
            "per",
            "sono",
            "которые",
            "из",
            "на");

    private static final Set<String> RIVERS =
            Set.of("river", "rio", "riviere", "fluss", "fiume", "jiang", "changjiang");

    /** The words of rivers' names, which run together before the place they name ("Changjiang (Yangtze) River Basin"). */
    private static final Set<String> RIVER_NAMES = Stream.concat(
                    RIVERS.stream(), Stream.of("yangtze", "yangtse", "pearl", "zhujiang", "huangpu"))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Numbers in the plural, which count talents and name nothing ("hundreds of talents", "des milliers de talents",
     * "miles de talentos", "Tausende von Talenten").
     */
    private static final Set<String> PLURAL_NUMBERS = Set.of(
            "hundreds",
            "thousands",
            "cientos",
            "centenares",
            "miles",
            "millares",
            "centaines",
            "milliers",
            "hunderte",
            "tausende",
            "centinaia",
            "migliaia",
            "centenas",
            "milhares",
            "сотни",
            "тысячи");

    /** The places a river names: its delta, basin, estuary, valley, the region or economic zone around it. */
    private static final Set<String> RIVERS_PLACES =
            Set.of("delta", "basin", "estuary", "valley", "region", "economic", "watershed", "catchment");

    /** The words of the places below a province that share a programme's word: counties, districts, towns. */
    private static final Set<String> LOCAL_PLACES = Set.of("county", "district", "township", "town", "village");

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
        String[] words = normalised.split(" ");
        return otherThing || talentsInAClause(words) || riversPlace(words) || pluralNumber(words);
    }

    /**
     * Whether every river's name in the declaration runs into the place it names ("Changjiang River (Yangtze) estuary
     * sediment study", "Pearl River Delta … programme"): a scheme word does not make it a talent programme, as no
     * listed name holds a delta or a basin.
     */
    static boolean onlyRiversPlaces(String normalised) {
        if (Tokens.containsCjk(normalised)) {
            return false;
        }
        String[] words = normalised.split(" ");
        boolean place = false;
        for (int i = 0; i < words.length; i++) {
            if (!RIVER_NAMES.contains(words[i])) {
                continue;
            }
            int end = i;
            while (end < words.length && RIVER_NAMES.contains(words[end])) {
                end++;
            }
            if (end == words.length || !RIVERS_PLACES.contains(words[end])) {
                return false;
            }
            place = true;
            i = end;
        }
        return place;
    }

    private static final Set<String> COUNTED_BY = Set.of("of", "de", "d", "di", "von", "des");

    /** Whether a number in the plural is followed by "of" or its like: it counts, it names nothing. */
    private static boolean pluralNumber(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (PLURAL_NUMBERS.contains(words[i]) && COUNTED_BY.contains(words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of a listed name is followed by the word of an administrative place ("Pujiang County talent
     * plan"): a county or district shares the name, and its scheme is its own.
     */
    static boolean namesAPlace(String normalised, Predicate<String> knownWord) {
        String[] words = normalised.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (LOCAL_PLACES.contains(words[i + 1])
                    && ProgrammeVocabulary.INSTANCE.weight(ProgrammeVocabulary.INSTANCE.canonical(words[i]))
                            > ProgrammeVocabulary.FUNCTION_WORD
                    && knownWord.test(ProgrammeVocabulary.INSTANCE.canonical(words[i]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a river's word is followed by a place the river gives its name to ("Yangtze River Delta …"). */
    private static boolean riversPlace(String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (RIVERS.contains(words[i]) && RIVERS_PLACES.contains(words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of talents is followed by a word that goes on with a clause about them, right after it or after
     * one word that qualifies them ("mil talentos jóvenes se …").
     */
    private static boolean talentsInAClause(String[] words) {
        for (int i = 1; i + 1 < words.length; i++) {
            if (TALENTS.contains(words[i])
                    && (CLAUSE_WORDS.contains(words[i + 1])
                            || i + 2 < words.length && CLAUSE_WORDS.contains(words[i + 2]))) {
                return true;
            }
        }
        return false;
    }
}
