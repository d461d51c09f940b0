package org.collabscreen.matching;

import java.util.Map;

/**
 * Technology words that Taiwan writes otherwise than the mainland, folded to the mainland's words after the
 * Traditional-Simplified transform: 電腦 (computer) is 计算机, 晶片 (chip) 芯片, 雷射 (laser) 激光, 自駕車 (self-driving
 * car) 自动驾驶汽车. The pairs are those of MediaWiki's Chinese variant conversion tables (zh-tw to zh-cn, {@code
 * includes/languages/data/ZhConversion.php}), which Wikipedia uses to show one article in both usages, and of OpenCC's
 * Taiwan science and technology vocabulary ({@code data/dictionary/TWVocabSciTech.txt}: 辨識 识别, 電晶體 晶体管, 矽 硅). Only technology
 * text is folded: names keep their own words.
 */
final class RegionalChineseTerms {

    /** Taiwan usage (already in Simplified characters) to mainland usage; no two of these words overlap. */
    private static final Map<String, String> MAINLAND = Map.ofEntries(
            Map.entry("电脑", "计算机"),
            Map.entry("晶片", "芯片"),
            Map.entry("软体", "软件"),
            Map.entry("硬体", "硬件"),
            Map.entry("网路", "网络"),
            Map.entry("资讯", "信息"),
            Map.entry("人工智慧", "人工智能"),
            Map.entry("雷射", "激光"),
            Map.entry("镭射", "激光"),
            Map.entry("自驾车", "自动驾驶汽车"),
            Map.entry("演算法", "算法"),
            Map.entry("积体电路", "集成电路"),
            Map.entry("记忆体", "存储器"),
            Map.entry("伺服器", "服务器"),
            Map.entry("数位", "数字"),
            Map.entry("奈米", "纳米"),
            Map.entry("飞弹", "导弹"),
            Map.entry("资安", "信息安全"),
            Map.entry("相位阵列", "相控阵"),
            // pairs of OpenCC's Taiwan science and technology vocabulary (data/dictionary/TWVocabSciTech.txt)
            Map.entry("辨识", "识别"),
            Map.entry("通讯", "通信"),
            Map.entry("电晶体", "晶体管"),
            Map.entry("感测器", "传感器"),
            Map.entry("矽", "硅"),
            Map.entry("定序", "测序"),
            Map.entry("量子位元", "量子比特"),
            Map.entry("扩增实境", "增强现实"),
            Map.entry("核融合", "核聚变"),
            Map.entry("核分裂", "核裂变"),
            // Taiwan's words for lidar, resolution and a camera (twenty-fifth round)
            Map.entry("光达", "激光雷达"),
            Map.entry("解析度", "分辨率"),
            Map.entry("摄影机", "摄像头"));

    private RegionalChineseTerms() {}

    /** Simplified-Chinese text with Taiwan's technology words replaced by the mainland's. */
    static String toMainland(String simplified) {
        String text = simplified;
        for (Map.Entry<String, String> pair : MAINLAND.entrySet()) {
            if (text.contains(pair.getKey())) {
                text = text.replace(pair.getKey(), pair.getValue());
            }
        }
        return text;
    }
}
