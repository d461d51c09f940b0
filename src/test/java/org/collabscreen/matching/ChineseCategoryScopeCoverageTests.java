package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese terms that cover each category's scope as its defining texts set it out (the export control list's and the
 * Five-Year Plan outline's items, the STRA sub-categories, the CET subfields, the Common Military List): systems,
 * components, processes and materials as Chinese proposals name them, in Simplified and in Taiwan's Traditional usage,
 * while ordinary research in the same words finds nothing.
 */
class ChineseCategoryScopeCoverageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "面向拍瓦级装置的相干合束技术 | DIRECTED_ENERGY",
                "氧化镓肖特基二极管的击穿特性 | SEMICONDUCTORS",
                "纳米压印与电子束曝光的图形转移精度 | SEMICONDUCTORS",
                "负泊松比蜂窝结构的抗冲击性能 | ADV_MATERIALS",
                "钕铁硼稀土永磁的晶界扩散工艺 | ADV_MATERIALS",
                "五轴联动加工叶轮的刀具轨迹优化 | ADV_MANUFACTURING",
                "热等静压处理对电弧增材构件致密度的影响 | ADV_MANUFACTURING",
                "百亿亿次系统上的异构计算任务调度 | ADV_COMPUTING",
                "自监督学习驱动的语音识别数据增强 | AI",
                "里德堡原子阵列中的量子退火实验 | QUANTUM",
                "分组密码的故障攻击与国密算法防护 | CYBER_CRYPTO",
                "勒索软件与僵尸网络的流量特征 | CYBER_CRYPTO",
                "波分复用光模块的低功耗设计 | TELECOM_NETWORKS",
                "短波通信与散射通信的野外组网 | TELECOM_NETWORKS",
                "像增强器的信噪比与夜视距离 | SENSING_SURVEILLANCE",
                "多普勒计程仪辅助惯导的水下定位 | PNT",
                "涡扇发动机压气机叶片的颤振分析 | AEROSPACE_SPACE",
                "宽速域空天飞机的气动布局 | HYPERSONICS",
                "灵巧手的遥操作与力反馈 | ROBOTICS_AUTONOMY",
                "消声瓦与泵喷推进的声隐身设计 | MARINE_UNDERWATER",
                "底盘细胞的代谢工程改造 | BIOTECH",
                "稳态视觉诱发电位的意念控制打字系统 | HMI_NEURO",
                "高温气冷堆燃料元件的辐照考验 | NUCLEAR",
                "磷酸铁锂正极材料的包覆改性 | ADV_ENERGY",
                "末制导导引头的抗诱饵算法 | ADV_WEAPONS",
                "全釩液流電池的電解液研究 | ADV_ENERGY",
                "眾核處理器的記憶體頻寬優化 | ADV_COMPUTING",
                "太空梭熱防護瓦的檢測 | AEROSPACE_SPACE",
                "工具機主軸的熱變形補償 | ADV_MANUFACTURING",
                "大型語言模型的推理能力評估 | AI",
                "行動通訊基地台的節能 | TELECOM_NETWORKS",
            })
    void findsTheCategoryOfATermOfItsScope(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "城市公园绿地对老年人心理健康的影响",
                "患者出院后再入院的危险因素分析",
                "运用知识图谱分析国内教育研究热点",
                "水稻抗旱品种的田间表现与产量",
                "明清江南丝织业的商品化",
                "细胞核能够调控线粒体代谢",
                "患者夜视力下降的眼底检查",
                "运动想象训练对篮球运动员罚球的影响",
                "创新扩散模型视角下的农户技术采纳",
            })
    void findsNothingInOrdinaryResearch(String text) {
        assertThat(SeededClassifier.reportedCodes(text)).isEmpty();
    }
}
