package org.collabscreen.matching;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The provincial-level divisions of China (ISO 3166-2:CN: provinces, autonomous regions, municipalities and special
 * administrative regions), in pinyin as {@link NameNormaliser} writes them, stemmed as programme words are. A
 * programme name that starts with one names its sponsor ("Zhejiang Kunpeng Plan", "Guangdong Pearl River Talents
 * Plan"), not which programme it is.
 */
final class ChineseProvinces {

    /** The names as written in pinyin, lower case. */
    static final Set<String> PINYIN = Set.of(
            "anhui",
            "beijing",
            "chongqing",
            "fujian",
            "gansu",
            "guangdong",
            "guangxi",
            "guizhou",
            "hainan",
            "hebei",
            "heilongjiang",
            "henan",
            "hubei",
            "hunan",
            "jiangsu",
            "jiangxi",
            "jilin",
            "liaoning",
            "neimenggu",
            "ningxia",
            "qinghai",
            "shaanxi",
            "shandong",
            "shanghai",
            "shanxi",
            "sichuan",
            "tianjin",
            "xinjiang",
            "xizang",
            "yunnan",
            "zhejiang",
            "xianggang",
            "aomen",
            "taiwan");

    static final Set<String> NAMES = PINYIN.stream()
            .map(name -> name.length() <= 4 ? name : EnglishStemmer.stem(name))
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The English names of the divisions whose pinyin is not how English writes them (ISO 3166-2:CN
     * gives "Nei Mongol" and "Xizang"; the lists write Inner Mongolia, Tibet, Hong Kong, Macao).
     */
    private static final Set<String> ENGLISH =
            Set.of("inner mongolia", "nei mongol", "tibet", "hong kong", "macao", "macau");

    private ChineseProvinces() {}

    /**
     * Whether a normalised alias is the name of a provincial-level division and nothing else, each word within one
     * edit ("Inner Monoglia"): the 1260H list writes some companies' short names as the province their names start
     * with ("Inner Mongolia First Machinery Group Co., Ltd. (Inner Mongolia)"), which names a place, not the company.
     */
    static boolean isOnlyProvince(String normalised) {
        if (PINYIN.contains(normalised) || ENGLISH.contains(normalised)) {
            return true;
        }
        String[] words = normalised.split(" ");
        for (String province : ENGLISH) {
            if (withinOneEditEach(words, province.split(" "))) {
                return true;
            }
        }
        return words.length == 1
                && PINYIN.stream().anyMatch(province -> TokenSimilarity.distance(province, words[0]) <= 1);
    }

    private static boolean withinOneEditEach(String[] words, String[] province) {
        if (words.length != province.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (TokenSimilarity.distance(words[i], province[i]) > 1) {
                return false;
            }
        }
        return true;
    }
}
