package org.collabscreen.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members of listed items that no term of the list held, and listed concepts rendered or spelt otherwise, in the
 * languages the classifier reads: the text is reported under the listed item's category.
 */
class ListedMembersAndRenderingsTests {

    /**
     * Listed concepts rendered in Spanish, French, German, Chinese, Russian, Italian, Portuguese and Japanese (quantum
     * error correction, quantum computers, kinetic-energy and electromagnetic launchers, loitering munitions, protein
     * design, DNA synthesis, precision fermentation, passive radar, hyperspectral imaging, pulsed power, neural
     * electrodes, space nuclear power, GNSS spoofing, optical communication, hydroacoustic arrays, stealth, surface
     * ships, genetic circuits, warheads, thermal imaging, aircraft, recombinant proteins, transcranial magnetic
     * stimulation, integrated sensing and communication, radio access networks, airliners, two-dimensional
     * semiconductors, knowledge reasoning).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Corrección de errores cuánticos en procesadores de espín | QUANTUM",
                "Ordenadores cuánticos fotónicos a temperatura ambiente | QUANTUM",
                "Penetración de blindajes cerámicos | ADV_WEAPONS",
                "Lanzadores electromagnéticos para ensayos balísticos | ADV_WEAPONS",
                "Modelos de difusión para la restauración de fotografías | AI",
                "Diseño de proteínas termoestables | BIOTECH",
                "Fermentación de precisión de proteínas lácteas | BIOTECH",
                "Suplantación GNSS en la aviación civil | PNT",
                "Privacidad diferencial en registros sanitarios | CYBER_CRYPTO",
                "Munitions rôdeuses à voilure fixe | ROBOTICS_AUTONOMY",
                "Fermentation de précision pour les arômes | BIOTECH",
                "Confidentialité différentielle des données de mobilité | CYBER_CRYPTO",
                "Radar passif multistatique | SENSING_SURVEILLANCE",
                "Passivradar für die Luftraumüberwachung | SENSING_SURVEILLANCE",
                "Elektromagnetische Beschleuniger im Labormaßstab | ADV_WEAPONS",
                "DNA-Synthese auf Mikrochips | BIOTECH",
                "Präzisionsfermentation von Milchproteinen | BIOTECH",
                "Schwachstellensuche in Firmware | CYBER_CRYPTO",
                "量子网络的路由协议 | QUANTUM",
                "确定性单光子源的制备 | QUANTUM",
                "水下可见光通信的信道建模 | TELECOM_NETWORKS",
                "机载高光谱遥感数据处理 | SENSING_SURVEILLANCE",
                "紧凑型脉冲功率源 | DIRECTED_ENERGY",
                "可降解神经电极材料 | HMI_NEURO",
                "空间核电源的热电转换 | AEROSPACE_SPACE",
                "聚变堆偏滤器材料 | NUCLEAR",
                "安卓恶意代码家族分类 | CYBER_CRYPTO",
                "Гидроакустические антенны корабельного базирования | SENSING_SURVEILLANCE",
                "Методы снижения заметности летательных аппаратов | SENSING_SURVEILLANCE",
                "Живучесть надводных кораблей | MARINE_UNDERWATER",
                "Генетические схемы для биосенсоров | BIOTECH",
                "Боевые части для зенитных ракет | ADV_WEAPONS",
                "Mesure de la signature acoustique des hélicoptères | SENSING_SURVEILLANCE",
                "Telecamere a immagine termica per il soccorso alpino | SENSING_SURVEILLANCE",
                "Aerodinamica dei velivoli ad ala rotante | AEROSPACE_SPACE",
                "Purificação de proteínas recombinantes de leveduras | BIOTECH",
                "経頭蓋磁気刺激の刺激パラメータ最適化 | HMI_NEURO",
                "面向低空经济的通信感知波形 | SENSING_SURVEILLANCE",
                "面向6G通信的太赫兹天线 | TELECOM_NETWORKS",
                "无线接入网的切片调度 | TELECOM_NETWORKS",
                "支线客机的气动噪声 | AEROSPACE_SPACE",
                "二维半导体的掺杂方法 | ADV_MATERIALS",
                "大规模知识推理的可解释性 | AI",
                "Integrated sensing and communication for vehicular networks | SENSING_SURVEILLANCE",
                "O-RAN fronthaul timing requirements | TELECOM_NETWORKS",
                "Propulsantes de cohetes con aluminio | AEROSPACE_SPACE",
                "Nanomateriales energéticos a base de termitas | ADV_WEAPONS",
                "Supraleiter für kompakte Motoren | ADV_MATERIALS",
                "Optische Rechenwerke auf Siliziumchips | ADV_COMPUTING",
            })
    void findsAListedConceptRenderedInAnotherLanguage(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    /**
     * Underwater acoustic networks, passive sonar, hydrophone arrays, naval frigates, X-ray pulsar navigation,
     * neural-network accelerator chips, neuromorphic processors, boson sampling, protein binders, Shor's algorithm,
     * metasurfaces, inertial confinement fusion, hardware Trojans, nanothermites, coilguns, quantum random number
     * generators, Rowhammer, cold spray, nanoimprint, self-healing materials and exaflop computing; and listed concepts
     * in Spanish (neuromorphic chips, free-space optical links, reusable launchers), French (coherent optical networks,
     * free-space optical links, warheads, laser powder-bed fusion), German (side-channel analysis, Kryptographie,
     * explosives, aero-engines, aero gas turbines, autonomous driving, fibre-optic gyros, camouflage), Russian
     * (energetic materials), Italian (federated learning) and Chinese (密码学, public-key cryptography, DNA storage,
     * single-crystal turbine blades).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Routing protocols for an underwater acoustic network of seabed nodes | MARINE_UNDERWATER",
                "Passive sonar signal processing with short arrays | MARINE_UNDERWATER",
                "Calibration of a bottom-mounted hydrophone array | MARINE_UNDERWATER",
                "Survivability assessment of a naval frigate after shock loading | MARINE_UNDERWATER",
                "Timing models for X-ray pulsar navigation in cislunar space | PNT",
                "A neural network accelerator chip with in-memory weights | SEMICONDUCTORS",
                "Neuromorphic processors for event cameras | SEMICONDUCTORS",
                "Gaussian boson sampling with time-bin photons | QUANTUM",
                "Computational design of protein binders for a toxin | BIOTECH",
                "Shor's algorithm on a photonic processor | CYBER_CRYPTO",
                "Arquitectura de chips neuromórficos de espigas | SEMICONDUCTORS",
                "Enlaces ópticos en espacio libre para redes urbanas | TELECOM_NETWORKS",
                "Réseaux optiques cohérents métropolitains | TELECOM_NETWORKS",
                "Liaisons optiques en espace libre à très haut débit | TELECOM_NETWORKS",
                "Essais de têtes militaires à effet dirigé | ADV_WEAPONS",
                "Fusion laser sur lit de poudre de l'acier maraging | ADV_MANUFACTURING",
                "Seitenkanalanalyse von Chipkarten | CYBER_CRYPTO",
                "Kryptographie auf leichtgewichtigen Prozessoren | CYBER_CRYPTO",
                "格密码学的安全性证明 | CYBER_CRYPTO",
                "Lagerung und Alterung von Explosivstoffen | ADV_WEAPONS",
                "Schaufelkühlung in Triebwerken | AEROSPACE_SPACE",
                "Temperaturdrift faseroptischer Kreisel | PNT",
                "Adaptive Tarnung für Fahrzeuge | SENSING_SURVEILLANCE",
                "Стабильность энергетических материалов при хранении | ADV_WEAPONS",
                "后量子迁移中的公钥密码替换 | CYBER_CRYPTO",
                "DNA存储的纠错编码 | ADV_COMPUTING",
                "单晶涡轮叶片的蠕变寿命 | ADV_MATERIALS",
                "Apprendimento federato su dispositivi mobili | AI",
                "Recuperación de la primera etapa de un lanzador reutilizable | AEROSPACE_SPACE",
                "Broadband absorbers built from stacked metasurfaces | ADV_MATERIALS",
                "Target designs for inertial confinement fusion | NUCLEAR",
                "Side-channel fingerprints of hardware Trojans | CYBER_CRYPTO",
                "Brennstoffeinspritzung in Fluggasturbinen | AEROSPACE_SPACE",
                "Sensorfusion für autonomes Fahren bei Nebel | ROBOTICS_AUTONOMY",
                "Burn rates of pressed nanothermites | ADV_WEAPONS",
                "A multistage coilgun with optimised coil timing | ADV_WEAPONS",
                "Entropy estimation for a quantum random number generator | QUANTUM",
                "Rowhammer mitigations in memory controllers | CYBER_CRYPTO",
                "Cold spray deposition of copper onto aluminium | ADV_MANUFACTURING",
                "Nanoimprint of moth-eye patterns on glass | ADV_MANUFACTURING",
                "Self-healing polymers with dynamic covalent bonds | ADV_MATERIALS",
                "Interconnect topologies for exaflop machines | ADV_COMPUTING",
            })
    void findsAListedMemberOrRendering(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }

    /**
     * Members of listed items in English, Chinese, Japanese, Korean, French, Spanish, German, Italian, Portuguese and
     * Russian.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Passive coherent location with digital television transmitters | SENSING_SURVEILLANCE",
                "A harbour diver detection sonar with low false-alarm rates | MARINE_UNDERWATER",
                "Massive MIMO precoding for dense urban cells | TELECOM_NETWORKS",
                "Zero-click exploits against messaging applications | CYBER_CRYPTO",
                "Family classification of ransomware samples | CYBER_CRYPTO",
                "Face recognition under heavy occlusion | AI",
                "Vehicle re-identification across a camera network | AI",
                "Isostatic pressing of tungsten powder compacts | ADV_MANUFACTURING",
                "面向先进封装的混合键合工艺 | SEMICONDUCTORS",
                "基于量子通信网络的城市政务专网 | TELECOM_NETWORKS",
                "车载重力仪的动态误差补偿 | SENSING_SURVEILLANCE",
                "浅海声呐的混响抑制方法 | SENSING_SURVEILLANCE",
                "巡飞弹的末端制导律设计 | ROBOTICS_AUTONOMY",
                "惡意程式的靜態特徵提取 | CYBER_CRYPTO",
                "非制冷热成像组件的温漂补偿 | SENSING_SURVEILLANCE",
                "爆轟波の伝播と衝撃圧力の計測 | ADV_WEAPONS",
                "레일건 레일의 마모 특성 분석 | ADV_WEAPONS",
                "스루월 레이더 영상의 잡음 제거 | SENSING_SURVEILLANCE",
                "자가치유 고분자 코팅의 내구성 | ADV_MATERIALS",
                "Imageurs hyperspectraux pour le tri des minerais | SENSING_SURVEILLANCE",
                "Fünfachsige Fräsbearbeitung von Turbinenschaufeln | ADV_MANUFACTURING",
                "Aerothermodynamik stumpfer Körper im Stoßrohr | HYPERSONICS",
                "Quantensensoren für die Magnetfeldmessung | QUANTUM",
                "Sonar a scansione laterale per il rilievo dei fondali | MARINE_UNDERWATER",
                "Algoritmos quânticos para otimização de carteiras | QUANTUM",
                "Квантовые сети связи между дата-центрами | TELECOM_NETWORKS",
            })
    void findsAListedMemberInEveryLanguageTheClassifierReads(String text, String code) {
        assertThat(SeededClassifier.reportedCodes(text)).contains(code);
    }
}
