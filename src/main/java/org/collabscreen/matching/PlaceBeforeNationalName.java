package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Provinces and cities run schemes of their own under a national programme's name ("Jiangsu Hundred Talents Plan",
 * "Wuhan Thousand Talents Program", "selected for the Sichuan Provincial Ten Thousand Talents Program"): a Chinese
 * province's or city's name ({@link ChineseProvinces}, {@link ChineseCities}, also by its literary name: {@link
 * ChineseLiteraryPlaceNames}) written right before a programme's
 * name, within one clause, with or without its division word, or after the name's scheme word and "of" with its
 * division word ("… Talents Program of Zhejiang Province"), names that place's scheme, unless the programme is the
 * place's own (one of its names holds the place: the Shanghai Pujiang Program). {@link ProvincialSchemes} reads the
 * same in Han script.
 */
final class PlaceBeforeNationalName {

    /** The division words, also as the possessive reads normalised ("Jiangsu Province's" is "jiangsu provinces"). */
    private static final Set<String> DIVISION_WORDS = Set.of(
            "province",
            "provinces",
            "provincial",
            "municipal",
            "municipality",
            "municipalitys",
            "city",
            "citys",
            "sheng",
            "shi");

    /**
     * The pinyin of the provinces, of the cities that run schemes of their own and of the places' literary names, as
     * {@link NameNormaliser} writes them.
     */
    private static final Set<String> PLACE_WORDS = placeWords();

    /** Punctuation that ends a clause: a place before it is where the holder is, not whose scheme. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]/|–—]");

    /** The words of a name the place must stand right before. */
    private static final int NAME_WORDS = 2;

    private PlaceBeforeNationalName() {}

    /** Whether the input writes a place's name right before one of the programme's names, not its own place. */
    static boolean renamedByPlace(String input, List<String> programmeNames) {
        if (Tokens.containsCjk(input)) {
            return false;
        }
        List<List<String>> names = new ArrayList<>();
        for (String name : programmeNames) {
            String written = NameNormaliser.normalise(name);
            if (holdsAPlace(written)) {
                return false;
            }
            List<String> words = canonicalWords(written);
            if (words.size() >= NAME_WORDS) {
                names.add(words.subList(0, NAME_WORDS));
            }
        }
        for (String clause : CLAUSE_BREAK.split(input)) {
            String[] words = NameNormaliser.normalise(clause).split(" ");
            for (int i = 0; i < words.length; i++) {
                if (!isPlace(words[i])) {
                    continue;
                }
                boolean division = i + 1 < words.length && DIVISION_WORDS.contains(words[i + 1]);
                if (i >= 2 && isSchemeThenOf(words[i - 2], words[i - 1]) && division && !names.isEmpty()) {
                    // "… Talents Program of Zhejiang Province"; not "… of Zhejiang University", nor "… of Guangdong",
                    // which may say where a listed scheme runs
                    return true;
                }
                int next = division ? i + 2 : i + 1;
                List<String> after =
                        canonicalWords(String.join(" ", List.of(words).subList(next, words.length)));
                if (after.size() >= NAME_WORDS && names.contains(after.subList(0, NAME_WORDS))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSchemeThenOf(String scheme, String of) {
        return of.equals("of") && ProgrammeVocabulary.INSTANCE.canonical(scheme).equals("plan");
    }

    private static Set<String> placeWords() {
        Set<String> words = new HashSet<>(ChineseProvinces.PINYIN);
        words.addAll(ChineseCities.HAN_TO_PINYIN.values());
        words.addAll(ChineseLiteraryPlaceNames.HAN_TO_PINYIN.values());
        return Set.copyOf(words);
    }

    private static boolean isPlace(String word) {
        return PLACE_WORDS.contains(word);
    }

    private static boolean holdsAPlace(String written) {
        for (String word : written.split(" ")) {
            if (isPlace(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> canonicalWords(String normalised) {
        Vocabulary vocabulary = ProgrammeVocabulary.INSTANCE;
        List<String> words = new ArrayList<>();
        for (String token : vocabulary.rewrite(normalised).split(" ")) {
            if (!token.isEmpty()) {
                words.add(vocabulary.canonical(token));
            }
        }
        return words;
    }
}
