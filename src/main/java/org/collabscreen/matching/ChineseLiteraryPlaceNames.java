package org.collabscreen.matching;

import java.util.Map;

/**
 * The literary names of Chinese provinces and cities that their own talent schemes are named with (天府万人计划 is
 * Sichuan's, 中原千人计划 Henan's, 姑苏 Suzhou's): in Han script with their pinyin as {@link NameNormaliser} writes it.
 * Written before a national programme's name, such a name names the place's own scheme, as a province's name does
 * ({@link ProvincialSchemes}, {@link PlaceBeforeNationalName}).
 */
final class ChineseLiteraryPlaceNames {

    static final Map<String, String> HAN_TO_PINYIN = Map.ofEntries(
            Map.entry("天府", "tianfu"), // Sichuan
            Map.entry("中原", "zhongyuan"), // Henan
            Map.entry("齐鲁", "qilu"), // Shandong
            Map.entry("巴渝", "bayu"), // Chongqing
            Map.entry("三秦", "sanqin"), // Shaanxi
            Map.entry("荆楚", "jingchu"), // Hubei
            Map.entry("楚天", "chutian"), // Hubei
            Map.entry("湖湘", "huxiang"), // Hunan
            Map.entry("潇湘", "xiaoxiang"), // Hunan
            Map.entry("八闽", "bamin"), // Fujian
            Map.entry("岭南", "lingnan"), // Guangdong
            Map.entry("燕赵", "yanzhao"), // Hebei
            Map.entry("三晋", "sanjin"), // Shanxi
            Map.entry("陇原", "longyuan"), // Gansu
            Map.entry("天山", "tianshan"), // Xinjiang
            Map.entry("昆仑", "kunlun"), // Qinghai
            Map.entry("江淮", "jianghuai"), // Anhui
            Map.entry("钱江", "qianjiang"), // Zhejiang
            Map.entry("之江", "zhijiang"), // Zhejiang
            Map.entry("赣鄱", "ganpo"), // Jiangxi
            Map.entry("八桂", "bagui"), // Guangxi
            Map.entry("龙江", "longjiang"), // Heilongjiang
            Map.entry("长白", "changbai"), // Jilin
            Map.entry("塞上", "saishang"), // Ningxia
            Map.entry("姑苏", "gusu"), // Suzhou
            Map.entry("金陵", "jinling"), // Nanjing
            Map.entry("羊城", "yangcheng"), // Guangzhou
            Map.entry("鹭岛", "ludao")); // Xiamen

    private ChineseLiteraryPlaceNames() {}
}
