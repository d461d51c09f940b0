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

    private ChineseProvinces() {}
}
