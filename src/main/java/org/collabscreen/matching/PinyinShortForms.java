package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Native names typed short in pinyin, the way {@link CjkShortForms} takes them in Han characters: "Chang Jiang Xue Zhe"
 * is 长江学者, which only 长江学者奖励计划 contains. Pinyin compared without syllable boundaries
 * ({@link PinyinSyllables#joined}) that only one rule's native name, rendered the same way, contains resolves to that
 * rule, scored by how much of the rendering it covers. At least eight letters (about four syllables, as the Han rule
 * asks four characters), so that a common word is not taken for a name; and what it leaves out of the name must be
 * scheme words only ({@link #SCHEME_WORDS}): "Zhong Guo Ke Xue Yuan" (中国科学院, the sponsor) is not 中国科学院百人计划.
 */
final class PinyinShortForms<T> {

    private static final int MIN_LENGTH = 8;
    private static final double BASE = 0.85;
    private static final double RANGE = 0.1;

    /** Pinyin of the words that say what kind of scheme a name is: 计划, 奖励, 项目, 行动, 工程. */
    static final List<String> SCHEME_WORDS = List.of("jihua", "jiangli", "xiangmu", "xingdong", "gongcheng");

    private final List<T> rules = new ArrayList<>();
    private final List<String> renderings = new ArrayList<>();

    /** Adds a native name's pinyin rendering, joined, for its rule. */
    void add(T rule, String joinedRendering) {
        rules.add(rule);
        renderings.add(joinedRendering);
    }

    /** Offers the one rule whose joined renderings contain the joined pinyin, with that rendering as the alias. */
    void search(String joined, BestHits<T> hits) {
        if (joined == null || joined.length() < MIN_LENGTH) {
            return;
        }
        T only = null;
        int best = -1;
        for (int i = 0; i < renderings.size(); i++) {
            String rendering = renderings.get(i);
            if (rendering.contains(joined)
                    && !rendering.equals(joined)
                    && onlySchemeWords(rendering.replace(joined, " "))) {
                if (only != null && !only.equals(rules.get(i))) {
                    return;
                }
                only = rules.get(i);
                best = best < 0 || rendering.length() < renderings.get(best).length() ? i : best;
            }
        }
        if (best >= 0) {
            double share = (double) joined.length() / renderings.get(best).length();
            hits.offer(only, BASE + RANGE * share, renderings.get(best), false, joined, MatchMethod.SHORT_FORM);
        }
    }

    private static boolean onlySchemeWords(String rest) {
        String left = rest;
        for (String word : SCHEME_WORDS) {
            left = left.replace(word, " ");
        }
        return left.isBlank();
    }
}
