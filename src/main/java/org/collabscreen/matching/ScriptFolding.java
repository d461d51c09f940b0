package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Folds Han characters to Simplified Chinese: ICU4J's Traditional-Simplified transform, then the Japanese shinjitai
 * forms of {@code matching/kanji-variants.txt}, so that 哈爾濱工業大學 and 哈爾浜工業大学 read as 哈尔滨工业大学.
 */
final class ScriptFolding {

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
            Transliterator.getInstance("Traditional-Simplified");
    /** Every character the transform may change: text with none of them is its own Simplified form. */
    private static final UnicodeSet TRADITIONAL =
            TRADITIONAL_TO_SIMPLIFIED.getSourceSet().freeze();
    /**
     * Transform results already computed, for short texts: the same Han names come back proposal after proposal, and
     * the transform costs more than the rest of a name's normalisation. Bounded, like {@link Romanisation}'s cache.
     */
    private static final int MAX_CACHED = 4_096;

    private static final int MAX_CACHED_LENGTH = 64;
    private static final Map<String, String> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final Map<Integer, Integer> KANJI = kanjiVariants();

    private ScriptFolding() {}

    /** The text with Han characters folded; other text is returned as it is. */
    static String fold(String text) {
        if (!containsHan(text)) {
            return text;
        }
        String folded = kanjiFolded(TRADITIONAL.containsNone(text) ? text : simplified(text));
        return folded.contains(JAPANESE_PLAN) ? folded.replace(JAPANESE_PLAN, CHINESE_PLAN) : folded;
    }

    /**
     * Japanese writes "plan" 計画 where Chinese writes 計劃 (计划); folded, 计画, an old Chinese variant of the same word, so
     * that 千人計画 is 千人计划.
     */
    private static final String JAPANESE_PLAN = "计画";

    private static final String CHINESE_PLAN = "计划";

    /** The Japanese shinjitai forms folded to Simplified Chinese. */
    static String kanjiFolded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(KANJI.getOrDefault(cp, cp)));
        return out.toString();
    }

    private static String simplified(String text) {
        String cached = SIMPLIFIED.get(text);
        if (cached != null) {
            return cached;
        }
        String simplified;
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            simplified = TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
        }
        if (text.length() <= MAX_CACHED_LENGTH && SIMPLIFIED.size() < MAX_CACHED) {
            SIMPLIFIED.put(text, simplified);
        }
        return simplified;
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
