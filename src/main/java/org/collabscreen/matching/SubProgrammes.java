package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sub-programmes named by their parent's name and their own qualifying words: "Thousand Talents long-term innovative
 * talent" is the Recruitment Program for Innovative Talents (Long Term), "千人计划 顶尖人才与创新团队" the programme for
 * top-notch talents and teams. A programme is a sub-programme of another when one of its native names holds one of
 * the other's ({@code 千人计划创业人才项目} holds 千人计划), as the programmes' own Chinese names are built. Its qualifying
 * words are those of its names that its parent's names lack, leaving out the words every programme name uses (plan,
 * talent, recruitment); in Han script, the characters of its native name around the parent's, scheme words left out.
 * The input must name the parent (every word of one of its names but scheme words, or one of its native names) and
 * hold every qualifying word of one sub-programme; where two sub-programmes qualify alike, neither is chosen.
 */
final class SubProgrammes {

    /** Words that say what kind of scheme a name is, not which: they qualify no sub-programme. */
    private static final Set<String> GENERIC = Set.of("plan", "talent", "recruit", "recruitment", "national");

    /** Words a declaration writes anywhere around a programme's name, not in its order. */
    private static final Set<String> UNORDERED = Set.of("recruit", "recruitment", "national");

    private static final List<String> HAN_SCHEME_WORDS = List.of("项目", "计划");

    /** The weight of function and sponsor words ("of", "China", "CAS"), which name nothing. */
    private static final double FUNCTION_WEIGHT = 0.1;

    /**
     * One way to name a sub-programme: a name of its parent and the words or characters of its own beside it; of its
     * own words, {@code distinctWords} are those no sibling's name holds ("short" for the short-term programme, not
     * "innovative", which the long-term one holds too).
     */
    private record Naming(
            ProgrammeEntry programme,
            ProgrammeEntry parent,
            List<String> parentWords,
            Set<String> ownWords,
            Set<String> distinctWords,
            String parentNative,
            Set<Integer> ownCharacters,
            Set<String> ownBigrams) {

        /** How many qualifying words or characters the input holds beside the parent's name; 0 when it does not. */
        int size(List<String> input, String han) {
            if (parentNative != null) {
                if (!han.contains(parentNative)) {
                    return 0;
                }
                return covered(han.replace(parentNative, ""), ownBigrams, ownCharacters)
                                .containsAll(ownCharacters)
                        ? ownCharacters.size()
                        : 0;
            }
            if (!inOrder(input, parentWords)) {
                return 0;
            }
            Set<String> rest = new HashSet<>(input);
            rest.removeAll(parentWords);
            if (rest.containsAll(ownWords)) {
                return ownWords.size();
            }
            return !distinctWords.isEmpty() && rest.containsAll(distinctWords) ? distinctWords.size() : 0;
        }

        Naming withDistinctWords(Set<String> distinct) {
            return new Naming(
                    programme, parent, parentWords, ownWords, distinct, parentNative, ownCharacters, ownBigrams);
        }
    }

    private final List<Naming> namings = new ArrayList<>();

    SubProgrammes(List<ProgrammeEntry> programmes) {
        for (ProgrammeEntry sub : programmes) {
            for (ProgrammeEntry parent : programmes) {
                if (parent != sub && isParent(parent, sub)) {
                    addNamings(sub, parent);
                }
            }
        }
        namings.replaceAll(naming -> naming.withDistinctWords(distinctWords(naming)));
    }

    /** The naming's own words that no name of another sub-programme of the same parent holds. */
    private Set<String> distinctWords(Naming naming) {
        Set<String> distinct = new HashSet<>(naming.ownWords());
        for (Naming other : namings) {
            if (other.parent().equals(naming.parent()) && !other.programme().equals(naming.programme())) {
                distinct.removeAll(other.ownWords());
            }
        }
        return distinct;
    }

    /** Whether one of the sub-programme's native names holds one of the parent's, as the programmes' names are built. */
    private static boolean isParent(ProgrammeEntry parent, ProgrammeEntry sub) {
        List<String> parentNative = nativeNames(parent);
        return nativeNames(sub).stream()
                .anyMatch(name -> parentNative.stream()
                        .anyMatch(parentName -> name.length() > parentName.length() && name.contains(parentName)));
    }

    /**
     * The sub-programme's own characters beside any of its parent's native names: a sub-programme is named after its
     * parent by any of the parent's names (海外高层次人才引进计划（创业人才）, as 千人计划创业人才项目), but for a name that
     * already holds them.
     */
    private void addNamings(ProgrammeEntry sub, ProgrammeEntry parent) {
        List<String> parentNames = nativeNames(parent);
        for (String name : nativeNames(sub)) {
            for (String parentName : parentNames) {
                if (name.length() > parentName.length() && name.contains(parentName)) {
                    String rest = name.replace(parentName, " ");
                    for (String scheme : HAN_SCHEME_WORDS) {
                        rest = rest.replace(scheme, " ");
                    }
                    if (codePoints(rest).size() >= 2) {
                        for (String anyParentName : parentNames) {
                            if (holdsEveryPart(anyParentName, rest)) {
                                continue; // 外国专家 qualifies nothing beside 高端外国专家引进计划, which holds it
                            }
                            namings.add(new Naming(
                                    sub,
                                    parent,
                                    List.of(),
                                    Set.of(),
                                    Set.of(),
                                    anyParentName,
                                    codePoints(rest),
                                    bigrams(rest)));
                        }
                    }
                }
            }
        }
        for (String parentName : latinNames(parent, true)) {
            List<String> parentWords =
                    words(parentName, Set.of("plan")).stream().distinct().toList();
            if (parentWords.isEmpty()) {
                continue;
            }
            for (String name : latinNames(sub, false)) {
                Set<String> own = new HashSet<>(words(name, GENERIC));
                own.removeAll(parentWords);
                if (!own.isEmpty()) {
                    namings.add(new Naming(sub, parent, parentWords, own, Set.of(), null, Set.of(), Set.of()));
                }
            }
        }
    }

    /** The one sub-programme the input names with its parent's name and its own qualifying words; null if none. */
    ProgrammeEntry namedIn(String normalised) {
        List<String> input = words(normalised, Set.of());
        String han = TalentProgrammeMatcher.withoutSpacesBetweenHan(normalised).replace(" ", "");
        ProgrammeEntry best = null;
        int bestSize = 0;
        boolean tied = false;
        for (Naming naming : namings) {
            int size = naming.size(input, han);
            if (size > bestSize) {
                best = naming.programme();
                bestSize = size;
                tied = false;
            } else if (size > 0 && size == bestSize && !naming.programme().equals(best)) {
                tied = true;
            }
        }
        return tied ? null : best;
    }

    /**
     * Whether the input holds the parent's name words in the order the name gives them, other words between allowed
     * ("Thousand Youth Talents"): words of a name read backwards are everyday words ("Talents of the Thousand Lakes").
     */
    private static boolean inOrder(List<String> input, List<String> parentWords) {
        if (!input.containsAll(parentWords)) {
            return false;
        }
        // a sentence puts these anywhere ("recruited through the Overseas High-Level Talents Program")
        List<String> ordered =
                parentWords.stream().filter(word -> !UNORDERED.contains(word)).toList();
        int next = 0;
        for (String word : input) {
            if (next < ordered.size() && word.equals(ordered.get(next))) {
                next++;
            }
        }
        return next == ordered.size();
    }

    /** A name's words as the programme vocabulary reads them, in order, function words and those given left out. */
    private static List<String> words(String name, Set<String> leftOut) {
        Vocabulary vocabulary = ProgrammeVocabulary.INSTANCE;
        List<String> words = new ArrayList<>();
        for (String token : vocabulary.rewrite(NameNormaliser.normalise(name)).split(" ")) {
            String word = vocabulary.canonical(token);
            if (!word.isEmpty() && vocabulary.weight(word) > FUNCTION_WEIGHT && !leftOut.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> nativeNames(ProgrammeEntry programme) {
        return TalentProgrammeMatcher.namesOf(programme).stream()
                .map(NameNormaliser::normalise)
                .filter(name -> !name.isEmpty() && Tokens.containsCjk(name) && name.indexOf(' ') < 0)
                .distinct()
                .toList();
    }

    /**
     * The programme's names in Latin letters; with its native names' pinyin too when asked, since a parent is named in
     * pinyin as well ("Qianren Jihua, long-term innovative talent").
     */
    private static List<String> latinNames(ProgrammeEntry programme, boolean withPinyin) {
        List<String> names = TalentProgrammeMatcher.namesOf(programme);
        return (withPinyin ? Romanisation.withRenderings(names) : names)
                .stream().filter(name -> !Tokens.containsCjk(name)).toList();
    }

    /**
     * The characters of the input that stand in one of the given pairs of neighbours, and those of its own characters
     * that stand in no pair: a sub-programme's own words are read as written together (外专 in 外专千人计划), not as
     * characters scattered over the input (外 of 海外 and 专 of 专家).
     */
    private static Set<Integer> covered(String han, Set<String> ownBigrams, Set<Integer> ownCharacters) {
        Set<Integer> covered = new HashSet<>();
        int[] points = han.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            if (ownBigrams.contains(new String(points, i, 2))) {
                covered.add(points[i]);
                covered.add(points[i + 1]);
            }
        }
        for (int point : points) {
            String character = Character.toString(point);
            if (ownCharacters.contains(point) && ownBigrams.stream().noneMatch(pair -> pair.contains(character))) {
                covered.add(point);
            }
        }
        return covered;
    }

    /** Whether the name holds every space-separated part of the text. */
    private static boolean holdsEveryPart(String name, String text) {
        for (String part : text.strip().split(" +")) {
            if (!name.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** The pairs of neighbouring Han characters in a text. */
    private static Set<String> bigrams(String text) {
        Set<String> bigrams = new HashSet<>();
        int[] points = text.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            if (Tokens.isCjk(points[i]) && Tokens.isCjk(points[i + 1])) {
                bigrams.add(new String(points, i, 2));
            }
        }
        return bigrams;
    }

    private static Set<Integer> codePoints(String text) {
        Set<Integer> points = new HashSet<>();
        text.codePoints().filter(cp -> Tokens.isCjk(cp)).forEach(points::add);
        return points;
    }
}
