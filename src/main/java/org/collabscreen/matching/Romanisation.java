package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

/**
 * Latin renderings of a native name, so that a name typed in pinyin or in a romanised Russian matches the native
 * name the rulebook lists: Chinese is cut into words by ICU's dictionary-based word breaker and each word goes
 * through ICU's {@code Han-Latin; Latin-ASCII} transform, syllables joined (西北工业大学 → "xibei gongye daxue");
 * Cyrillic goes through the BGN/PCGN and ICU's own {@code Cyrillic-Latin} schemes, both folded to ASCII
 * ("Moskovskiy fiziko-tekhnicheskiy institut", "Moskovskij fiziko-tehniceskij institut").
 */
final class Romanisation {

    private static final Transliterator HAN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    private static final Transliterator RUSSIAN_BGN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator CYRILLIC = Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII");

    /**
     * Renderings already computed: a rulebook is recompiled on every revision with mostly the same names, and the
     * word breaker and transforms cost more than the rest of the index. Bounded, as a rulebook's names are.
     */
    private static final int MAX_CACHED = 200_000;

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    /**
     * Characters with two readings common in names, each with a character of each reading: ICU's transform gives one
     * reading per character (长 as "zhang", where 长江 is Changjiang and 长春 Changchun), so a name holding one is also
     * rendered with the character standing for each reading (长 as 常 "chang" and 涨 "zhang"; 重庆 Chongqing, 厦门
     * Xiamen, 银行 yinhang, 朝阳 Chaoyang, 乐山 Leshan).
     */
    private static final Map<Character, String> READINGS = Map.of(
            '长', "常涨",
            '重', "崇众",
            '厦', "夏煞",
            '行', "航星",
            '朝', "潮招",
            '乐', "勒月");

    private Romanisation() {}

    /** The Latin renderings of a name in Han or Cyrillic script; empty for a name in neither. */
    static List<String> of(String name) {
        List<String> cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        List<String> renderings = render(name);
        if (CACHE.size() < MAX_CACHED) {
            CACHE.put(name, renderings);
        }
        return renderings;
    }

    private static List<String> render(String name) {
        Set<String> renderings = new LinkedHashSet<>();
        if (Scripts.contains(name, Character.UnicodeScript.HAN)) {
            String folded = ScriptFolding.fold(name);
            renderings.add(pinyin(folded));
            READINGS.forEach((character, standIns) -> {
                if (folded.indexOf(character) >= 0) {
                    for (char standIn : standIns.toCharArray()) {
                        renderings.add(pinyin(folded.replace(character, standIn)));
                    }
                }
            });
        }
        if (Scripts.contains(name, Character.UnicodeScript.CYRILLIC)) {
            renderings.add(transliterate(RUSSIAN_BGN, name));
            renderings.add(transliterate(CYRILLIC, name));
        }
        renderings.removeIf(String::isBlank);
        return List.copyOf(renderings);
    }

    /**
     * A name written in Cyrillic, as typed, in Latin letters by the BGN/PCGN scheme ("Московский государственный
     * университет" → "Moskovskiy gosudarstvennyy universitet"), so that it can be compared with names the rulebook
     * lists only in English; empty when it holds no Cyrillic letter. Not cached: inputs are unbounded.
     */
    static String cyrillicInLatin(String input) {
        return holdsCyrillic(input) ? transliterate(RUSSIAN_BGN, input) : "";
    }

    /** Whether the text holds a Cyrillic letter. */
    static boolean holdsCyrillic(String text) {
        return Scripts.contains(text, Character.UnicodeScript.CYRILLIC);
    }

    /** The names with the Latin renderings of their native ones added after them. */
    static List<String> withRenderings(List<String> names) {
        List<String> all = new ArrayList<>(names);
        for (String name : names) {
            for (String rendering : of(name)) {
                if (!all.contains(rendering)) {
                    all.add(rendering);
                }
            }
        }
        return List.copyOf(all);
    }

    private static String pinyin(String han) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.CHINESE);
        words.setText(han);
        StringBuilder out = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = transliterate(HAN, han.substring(start, end)).replace(" ", "");
            if (!word.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(word.strip());
            }
        }
        return out.toString();
    }

    private static String transliterate(Transliterator transliterator, String text) {
        synchronized (transliterator) {
            return transliterator.transliterate(text);
        }
    }
}
