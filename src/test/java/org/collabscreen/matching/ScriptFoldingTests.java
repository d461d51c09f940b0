package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptFoldingTests {

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
            Transliterator.getInstance("Traditional-Simplified");

    @Test
    void foldsTraditionalAndShinjitaiFormsToSimplified() {
        assertThat(ScriptFolding.fold("哈爾濱工業大學")).isEqualTo("哈尔滨工业大学");
        assertThat(ScriptFolding.fold("哈爾浜工業大学")).isEqualTo("哈尔滨工业大学");
        assertThat(ScriptFolding.fold("中国科学院")).isEqualTo("中国科学院");
        assertThat(ScriptFolding.fold("Harbin Institute of Technology")).isEqualTo("Harbin Institute of Technology");
    }

    /**
     * Text the transform would leave alone skips it, and a text seen before takes its remembered result: either way the
     * result is the transform's, for any mix of characters.
     */
    @Test
    void givesTheTransformsResultWhetherOrNotItRuns() {
        List<Integer> han = new ArrayList<>();
        for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han.add(cp);
            }
        }
        String mixed = "科学院大學工业業 ,.-()abc（）・";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                text.appendCodePoint(
                        random.nextBoolean()
                                ? han.get(random.nextInt(han.size()))
                                : mixed.codePointAt(random.nextInt(mixed.length())));
            }
            String expected = reference(text.toString());
            assertThat(ScriptFolding.fold(text.toString())).isEqualTo(expected);
            assertThat(ScriptFolding.fold(text.toString())).as("folded again").isEqualTo(expected);
        }
    }

    @Test
    void everyHanCharacterTheTransformChangesIsFolded() {
        for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
            String character = Character.toString(cp);
            String simplified = TRADITIONAL_TO_SIMPLIFIED.transliterate(character);
            if (!simplified.equals(character)) {
                assertThat(ScriptFolding.fold(character)).isEqualTo(reference(character));
            }
        }
    }

    /** The fold without the short cut: always the transform, then the kanji variants. */
    private static String reference(String text) {
        return ScriptFolding.kanjiFolded(TRADITIONAL_TO_SIMPLIFIED.transliterate(text));
    }
}
