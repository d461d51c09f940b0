package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese institution and its unit written with a space between them (军事医学科学院 生物工程研究所), as forms and
 * signatures set them, where the unit is listed under the joined name the institution itself writes
 * (军事医学科学院生物工程研究所). The space splits the two into segments ({@link AffiliationParts#segments}); this
 * reading offers each two neighbouring Han runs joined again.
 */
final class HanNamesAcrossASpace {

    private static final Pattern TWO_RUNS = Pattern.compile("(\\p{IsHan}{2,})[ \\u3000]+(?=(\\p{IsHan}{2,}))");

    private HanNamesAcrossASpace() {}

    /** Each two Han runs separated only by spaces, joined and normalised; empty when there are none. */
    static List<String> of(String input) {
        List<String> joined = new ArrayList<>();
        Matcher matcher = TWO_RUNS.matcher(input);
        while (matcher.find()) {
            joined.add(NameNormaliser.normalise(matcher.group(1) + matcher.group(2)));
        }
        return joined;
    }
}
