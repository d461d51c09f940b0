package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A programme's name in pinyin inside an English or other sentence ("selected for Qianren Jihua in 2013", "awarded
 * qing nian qian ren ji hua funding"): a run of pinyin words that closes with a scheme word's pinyin (jihua, xiangmu,
 * gongcheng, xingdong: 计划, 项目, 工程, 行动; or a title, a team or a base one grants) is a name, wherever it stands; each such run, with its syllables joined,
 * from each word it may start at.
 */
final class PinyinSchemeNames {

    /**
     * The words listed native names close with: the scheme words, and the titles, teams and bases they grant (教授,
     * 学者, 团队, 基地).
     */
    private static final List<String> SCHEME_WORDS =
            List.of("jihua", "xiangmu", "gongcheng", "xingdong", "jiaoshou", "xuezhe", "tuandui", "jidi");

    /** The fewest letters of a run: a scheme word and a name of one syllable at least before it. */
    private static final int MIN_LETTERS = 8;

    private PinyinSchemeNames() {}

    /** Each run of pinyin words inside the text that ends with a scheme word, syllables joined; longest first. */
    static List<String> within(String normalised) {
        String[] words = normalised.split(" ");
        List<String> runs = new ArrayList<>(0);
        for (int end = 1; end <= words.length; end++) {
            int first = end;
            while (first > 0 && PinyinSyllables.isSyllables(words[first - 1])) {
                first--;
            }
            if (first == end) {
                continue;
            }
            for (int start = first; start < end; start++) {
                String joined = String.join("", Arrays.copyOfRange(words, start, end));
                if (joined.length() >= MIN_LETTERS && endsWithSchemeWord(words, start, end)) {
                    runs.add(joined);
                }
            }
        }
        return runs;
    }

    /**
     * Whether the words from start to end close with a scheme word: its last words are one ("ji hua", "jihua"), or
     * its last word ends with one ("qianrenjihua").
     */
    private static boolean endsWithSchemeWord(String[] words, int start, int end) {
        if (SCHEME_WORDS.stream().anyMatch(words[end - 1]::endsWith)) {
            return true;
        }
        return end - start >= 2 && SCHEME_WORDS.contains(words[end - 2] + words[end - 1]);
    }
}
