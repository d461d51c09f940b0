package org.collabscreen.matching;

import java.util.List;
import java.util.Set;

/**
 * A listed body's Han name written whole in a text declared in another country, as Taiwan, Hong Kong, Macau and Japan
 * write mainland bodies ("哈爾濱工業大學航天學院", "北京郵電大學與本校簽訂合作備忘錄", "北京航空航天大学との共同研究"): the
 * name is found whole, with a unit, a sentence or Japanese kana after it, so it scores a little below a bare name, yet it
 * is as distinctive. Such a match is reported outside the declared country like a name matched almost exactly. Names a
 * university in Taiwan, Japan or Korea also bears (清華大學 in Hsinchu, 中山大學 in Kaohsiung, 東北大学 in Sendai, 국방대학교
 * read 国防大学 in Seoul) are not: in a text from there they name that university.
 */
public final class HanNamesOutsideTheirCountry {

    /** The lowest score of a Han name found whole: a unit or a sentence after the name costs it up to this much. */
    public static final double MIN_SCORE = 0.9;

    /** The shortest Han name read so: shorter ones (北航, 中科院) are short forms, too easily part of other words. */
    private static final int MIN_LENGTH = 4;

    private static final List<String> FOUND_WHOLE =
            List.of(MatchMethod.EXACT.description(), MatchMethod.CONTAINED.description());

    /**
     * Universities of Taiwan (國立 dropped, as their own texts often write them), Japan and Korea (its Sino-Korean name in
     * Han) whose names a mainland body's name also is, Simplified: the universities' own names (Taiwan's Ministry of
     * Education register; MEXT's list of universities; Korea's Ministry of Education).
     */
    private static final Set<String> NAMES_OF_UNIVERSITIES_ELSEWHERE = Set.of(
            "清华大学", "交通大学", "阳明交通大学", "中山大学", "东吴大学", "中央大学", "中兴大学", "政治大学", "暨南大学", "暨南国际大学", "辅仁大学", "中正大学", "成功大学",
            "东北大学", "东海大学", "中部大学", "大同大学", "海洋大学", "师范大学", "国防大学");

    private HanNamesOutsideTheirCountry() {}

    /**
     * Whether the match is of a Han name of four characters or more, found whole, that no university elsewhere bears and
     * that, if it is a unit's name, names China or a city.
     */
    public static boolean foundWhole(NameMatch match) {
        String alias = NameNormaliser.foldScript(match.matchedAlias().strip());
        return match.score() >= MIN_SCORE
                && alias.length() >= MIN_LENGTH
                && alias.codePoints().allMatch(HanNamesOutsideTheirCountry::isHan)
                && !match.transformations().isEmpty()
                && FOUND_WHOLE.contains(match.transformations().get(0))
                && !namesAUniversityElsewhere(alias)
                && (!HanUnits.isUnitName(alias) || namesItsPlace(alias));
    }

    /**
     * Whether a unit's name says where it is, China or a Chinese city: a unit named by its subject alone (物理研究所) is
     * written so by institutes of the same subject everywhere (Academia Sinica's, in Taipei).
     */
    private static boolean namesItsPlace(String alias) {
        if (alias.startsWith("中国")) {
            return true;
        }
        for (String city : ChineseCities.HAN_TO_PINYIN.keySet()) {
            if (alias.contains(city)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Simplified Han name is also a university's in Taiwan, Japan or Korea. */
    static boolean namesAUniversityElsewhere(String simplified) {
        return NAMES_OF_UNIVERSITIES_ELSEWHERE.contains(simplified);
    }

    private static boolean isHan(int codePoint) {
        return Scripts.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
