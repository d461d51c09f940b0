package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * Folds Han characters to Simplified Chinese: ICU4J's Traditional-Simplified transform, then the Japanese shinjitai
 * forms of {@code matching/kanji-variants.txt}, so that 哈爾濱工業大學 and 哈爾浜工業大学 read as 哈尔滨工业大学.
 */
final class ScriptFolding {

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
            Transliterator.getInstance("Traditional-Simplified");
    private static final Map<Integer, Integer> KANJI = kanjiVariants();

    private ScriptFolding() {}

    /** The text with Han characters folded; other text is returned as it is. */
    static String fold(String text) {
        if (!containsHan(text)) {
            return text;
        }
        String simplified;
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            simplified = TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
        }
        StringBuilder out = new StringBuilder(simplified.length());
        simplified.codePoints().forEach(cp -> out.appendCodePoint(KANJI.getOrDefault(cp, cp)));
        return out.toString();
    }

    private static boolean containsHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Scripts.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static Map<Integer, Integer> kanjiVariants() {
        try (InputStream in = ScriptFolding.class.getResourceAsStream("/matching/kanji-variants.txt")) {
            if (in == null) {
                throw new IllegalStateException("matching/kanji-variants.txt is missing");
            }
            Map<Integer, Integer> variants = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().split("\\s+"))
                    .forEach(pair -> variants.put(pair[0].codePointAt(0), pair[1].codePointAt(0)));
            return Map.copyOf(variants);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
