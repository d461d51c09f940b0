package org.collabscreen.matching;

import java.util.Map;

/**
 * China's sub-provincial cities and provincial capitals (State Council; GB/T 2260), and the prefecture-level cities
 * that run talent schemes of their own under a national programme's name (苏州, 无锡, 东莞 …): in Han script with their
 * pinyin as {@link NameNormaliser} writes it. A city's name right before a national programme's name names the city's
 * own scheme ("Wuhan Thousand Talents Program", 武汉市百人计划), as a province's does ({@link ChineseProvinces}).
 */
final class ChineseCities {

    static final Map<String, String> HAN_TO_PINYIN = Map.ofEntries(
            Map.entry("哈尔滨", "harbin"),
            Map.entry("长春", "changchun"),
            Map.entry("沈阳", "shenyang"),
            Map.entry("大连", "dalian"),
            Map.entry("济南", "jinan"),
            Map.entry("青岛", "qingdao"),
            Map.entry("南京", "nanjing"),
            Map.entry("杭州", "hangzhou"),
            Map.entry("宁波", "ningbo"),
            Map.entry("厦门", "xiamen"),
            Map.entry("武汉", "wuhan"),
            Map.entry("广州", "guangzhou"),
            Map.entry("深圳", "shenzhen"),
            Map.entry("成都", "chengdu"),
            Map.entry("西安", "xian"),
            Map.entry("石家庄", "shijiazhuang"),
            Map.entry("太原", "taiyuan"),
            Map.entry("呼和浩特", "hohhot"),
            Map.entry("合肥", "hefei"),
            Map.entry("福州", "fuzhou"),
            Map.entry("南昌", "nanchang"),
            Map.entry("郑州", "zhengzhou"),
            Map.entry("长沙", "changsha"),
            Map.entry("南宁", "nanning"),
            Map.entry("海口", "haikou"),
            Map.entry("贵阳", "guiyang"),
            Map.entry("昆明", "kunming"),
            Map.entry("拉萨", "lhasa"),
            Map.entry("兰州", "lanzhou"),
            Map.entry("西宁", "xining"),
            Map.entry("银川", "yinchuan"),
            Map.entry("乌鲁木齐", "urumqi"),
            Map.entry("苏州", "suzhou"),
            Map.entry("无锡", "wuxi"),
            Map.entry("常州", "changzhou"),
            Map.entry("南通", "nantong"),
            Map.entry("徐州", "xuzhou"),
            Map.entry("温州", "wenzhou"),
            Map.entry("东莞", "dongguan"),
            Map.entry("佛山", "foshan"),
            Map.entry("珠海", "zhuhai"),
            Map.entry("烟台", "yantai"));

    private ChineseCities() {}
}
