package org.collabscreen.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A province's own scheme named like a national one: 浙江省万人计划 and 天府万人计划（四川省） are provincial schemes that
 * borrow the national programme's short name, so a native name found inside such a phrase, right after a province's
 * name or right before it in brackets, does not name the national programme. The provinces are the provincial-level
 * divisions of ISO 3166-2:CN in Han script, as {@link ChineseProvinces} lists them in pinyin.
 */
final class ProvincialSchemes {

    /** Each province's Han name and its pinyin, as {@link ChineseProvinces#PINYIN} writes it. */
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("安徽", "anhui"),
            Map.entry("北京", "beijing"),
            Map.entry("重庆", "chongqing"),
            Map.entry("福建", "fujian"),
            Map.entry("甘肃", "gansu"),
            Map.entry("广东", "guangdong"),
            Map.entry("广西", "guangxi"),
            Map.entry("贵州", "guizhou"),
            Map.entry("海南", "hainan"),
            Map.entry("河北", "hebei"),
            Map.entry("黑龙江", "heilongjiang"),
            Map.entry("河南", "henan"),
            Map.entry("湖北", "hubei"),
            Map.entry("湖南", "hunan"),
            Map.entry("江苏", "jiangsu"),
            Map.entry("江西", "jiangxi"),
            Map.entry("吉林", "jilin"),
            Map.entry("辽宁", "liaoning"),
            Map.entry("内蒙古", "neimenggu"),
            Map.entry("宁夏", "ningxia"),
            Map.entry("青海", "qinghai"),
            Map.entry("陕西", "shaanxi"),
            Map.entry("山东", "shandong"),
            Map.entry("上海", "shanghai"),
            Map.entry("山西", "shanxi"),
            Map.entry("四川", "sichuan"),
            Map.entry("天津", "tianjin"),
            Map.entry("新疆", "xinjiang"),
            Map.entry("西藏", "xizang"),
            Map.entry("云南", "yunnan"),
            Map.entry("浙江", "zhejiang"));

    /**
     * The provinces, the cities that run schemes of their own ({@link ChineseCities}) and the literary names their
     * schemes are named with ({@link ChineseLiteraryPlaceNames}).
     */
    private static final Map<String, String> PLACES = places();

    /** The scheme words a native name may close with and a short form leave out. */
    private static final List<String> SCHEME_WORDS = List.of("计划", "项目", "奖励", "行动", "工程");

    /** The words of a provincial-level division; a province's name right before a scheme may go without one. */
    private static final List<String> DIVISION_WORDS = List.of("省", "市");

    private ProvincialSchemes() {}

    /**
     * Whether the native name, found inside the Han text (spaces between Han characters removed), stands right after a
     * province's name or right before it with its division word (省, 市), and the programme is not that province's own (none of its names holds it).
     */
    static boolean renamedByProvince(String han, String nativeName, List<String> programmeNames) {
        String text = han.replace(" ", "");
        String name = written(NameNormaliser.normalise(nativeName), text);
        if (name == null) {
            return false;
        }
        for (Map.Entry<String, String> province : PLACES.entrySet()) {
            if (text.indexOf(province.getKey()) < 0 || isOwn(province, programmeNames)) {
                continue;
            }
            if (text.contains(province.getKey() + name)) {
                return true;
            }
            for (String division : DIVISION_WORDS) {
                String place = province.getKey() + division;
                if (text.contains(place + name) || text.contains(name + place)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name as the text holds it: whole, or short, without its closing scheme word (计划, 项目 …); null if neither. */
    private static String written(String name, String text) {
        if (name.isEmpty()) {
            return null;
        }
        if (text.contains(name)) {
            return name;
        }
        for (String scheme : SCHEME_WORDS) {
            if (name.endsWith(scheme) && name.length() > scheme.length() + 1) {
                String shortName = name.substring(0, name.length() - scheme.length());
                if (text.contains(shortName)) {
                    return shortName;
                }
            }
        }
        return null;
    }

    private static Map<String, String> places() {
        Map<String, String> places = new HashMap<>(PROVINCES);
        places.putAll(ChineseCities.HAN_TO_PINYIN);
        places.putAll(ChineseLiteraryPlaceNames.HAN_TO_PINYIN);
        return Map.copyOf(places);
    }

    private static boolean isOwn(Map.Entry<String, String> province, List<String> programmeNames) {
        return programmeNames.stream()
                .anyMatch(name -> name.contains(province.getKey())
                        || NameNormaliser.normalise(name).contains(province.getValue()));
    }
}
