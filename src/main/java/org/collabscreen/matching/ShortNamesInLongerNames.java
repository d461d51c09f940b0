package org.collabscreen.matching;

import java.util.List;

/**
 * A listed Chinese short name inside the name of another body, where the text goes on at once with words that make
 * the short name part of something else. China's national research academies are named by their field and 科学研究院
 * or 科学院 (中国建筑科学研究院, 中国铁道科学研究院): the listed construction company's 中国建筑 before those words is
 * the field, not the company. And 员 after a name ends a word for a person (航天员, astronaut: 中国航天员科研训练中心 is
 * not 中国航天's). A listed name that ends with the words itself (中国兵器科学研究院) is read whole and unaffected.
 */
final class ShortNamesInLongerNames {

    private static final List<String> WORDS_AFTER = List.of("科学研究院", "科学院", "员");

    private ShortNamesInLongerNames() {}

    /** Whether the text, where a name found in it ends, goes on to make that name part of another body's. */
    static boolean runsOnAt(String text, int end) {
        for (String words : WORDS_AFTER) {
            if (text.startsWith(words, end)) {
                return true;
            }
        }
        return false;
    }
}
