package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese registered names with a bracketed word inside them, read whole: 沈阳飞机工业（集团）有限公司 and
 * 中芯国际集成电路制造（北京）有限公司 carry their group word or their city in brackets in the middle of the name, so the
 * bracket does not end the name as it ends a segment elsewhere ({@link AffiliationParts#segments}). Without this
 * reading such a name followed by anything (a city, "，上海") is cut into pieces that name nothing.
 */
final class BracketedHanInserts {

    private static final Pattern NAME_WITH_INSERT =
            Pattern.compile("\\p{IsHan}{2,}(?:[（(]\\p{IsHan}{1,8}[)）]\\p{IsHan}+)+");

    private BracketedHanInserts() {}

    /** Each run of Han characters with a bracketed Han insert inside it, normalised; empty when there is none. */
    static List<String> of(String input) {
        if (input.indexOf('（') < 0 && input.indexOf('(') < 0) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Matcher matcher = NAME_WITH_INSERT.matcher(input);
        while (matcher.find()) {
            names.add(NameNormaliser.normalise(matcher.group()));
        }
        return names;
    }
}
