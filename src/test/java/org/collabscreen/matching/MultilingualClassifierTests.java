package org.collabscreen.matching;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Technology text in the partners' languages, each read by its own analyser against the seeded categories. */
class MultilingualClassifierTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "electrónica flexible para sensores vestibles | SEMICONDUCTORS",
                "nuevos materiales | ADV_MATERIALS",
                "柔性电子 | SEMICONDUCTORS",
                "半导体材料 | SEMICONDUCTORS",
                "半導體材料 | SEMICONDUCTORS",
                "Halbleiterlithografie mit extrem ultraviolettem Licht | SEMICONDUCTORS",
                "Ordinateur quantique à qubits supraconducteurs | QUANTUM",
                "Gallium oxide power transistors for grid converters | SEMICONDUCTORS",
                "量子電腦的演算法 | QUANTUM",
                "雷射加工技術 | ADV_MANUFACTURING",
                "晶片設計 | SEMICONDUCTORS",
                "車載光達之三維環境感知 | SENSING_SURVEILLANCE",
                "Schleppsonare für U-Boote | SENSING_SURVEILLANCE",
                "Drohnenschwärme zur Grenzüberwachung | ROBOTICS_AUTONOMY",
                "Reti neurali per la visione artificiale | AI",
                "Circuitos integrados de nitreto de gálio | SEMICONDUCTORS",
                "Интегральные схемы на нитриде галлия | SEMICONDUCTORS",
                "量子コンピュータの誤り耐性 | QUANTUM",
                "반도체 집적회로의 설계 | SEMICONDUCTORS",
                "Electronic design automation for analog circuits | SEMICONDUCTORS",
                "Vehículos submarinos autónomos para la minería | ROBOTICS_AUTONOMY",
                "Puces neuromorphiques pour la vision embarquée | ADV_COMPUTING",
            })
    void classifiesTextByTheVocabularyOfItsLanguage(String text, String code) {
        assertThat(reported(text)).contains(code);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ドローンを用いた森林の調査 | ROBOTICS_AUTONOMY",
                "드론을 이용한 해안 침식 조사 | ROBOTICS_AUTONOMY",
                "Storia dell'intelligenza artificiale in Italia | AI",
                "История отечественной робототехники | ROBOTICS_AUTONOMY",
                "An intellectual history of machine learning | AI",
                "机器学习在农业遥感中的应用 | AI",
                "人工智能伦理研究 | AI",
                "光達點雲於農田作物產量估算 | SENSING_SURVEILLANCE",
                "Acoustic detection of small drones near airports | ROBOTICS_AUTONOMY",
                "Dinámica de ciervos con collares GNSS | PNT",
            })
    void doesNotReportAMethodOrInstrumentUsedAsAToolOrStudiedFromOutside(String text, String code) {
        assertThat(reported(text)).doesNotContain(code);
    }

    @Test
    void findsEveryTermOfASpanishTextAndItsSourceItem() {
        Classification found = SeededClassifier.CLASSIFIER
                .classify("semiconductores y litografía")
                .get(0);

        assertThat(found.matchedTerms()).contains("semiconductores", "litografía");
        assertThat(found.sources()).anyMatch(source -> source.startsWith("UE 3B001"));
        assertThat(found.score()).isGreaterThan(0.75);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Équipements de croissance épitaxiale et gravure par plasma | SEMICONDUCTORS | UE 3B001",
                "Gyrolasers et centrales de mesure inertielle pour sous-marins | PNT | UE 7A001-7A008",
            })
    void findsACategoryByTheDescriptionOfAnItemInTheTextsLanguage(String text, String code, String item) {
        Classification found = SeededClassifier.CLASSIFIER.classify(text).stream()
                .filter(match -> match.code().equals(code))
                .findFirst()
                .orElseThrow();

        assertThat(found.score()).isGreaterThanOrEqualTo(SeededClassifier.REPORTED);
        assertThat(found.sources()).singleElement().asString().startsWith(item);
    }

    @Test
    void splitsAGermanCompoundIntoStemsOfThreeLettersWhenTheyAreKnownWords() {
        CompoundSplitter splitter = new CompoundSplitter(Set.of("fas", "las"));
        String[] stems = {"faserlas", "fur"};

        assertThat(splitter.split(new TextTokens(stems, stems, stems)).stems()).containsExactly("fas", "las", "fur");
    }

    @Test
    void splitsAGermanCompoundIntoItsTerms() {
        Classification found =
                SeededClassifier.CLASSIFIER.classify("Halbleiterlithografie").get(0);

        assertThat(found.matchedTerms()).contains("Halbleiter", "Lithografie");
    }

    @Test
    void keepsAToolOfTheWorkApartFromTheTechnologyItAdvances() {
        assertThat(reported("Deep learning to study bird migration from weather radar"))
                .isEmpty();
        assertThat(reported("Análisis de encuestas sociológicas con aprendizaje automático"))
                .isEmpty();
        assertThat(reported("Aprendizaje profundo para el reconocimiento de imágenes"))
                .contains("AI");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Supercomputers used to model ocean currents",
                "Neural networks as a tool for reading medieval charters",
                "Uso de satélites para estudiar la erosión costera",
                "利用卫星遥感监测草原退化",
                "The ethics of quantum computing",
                "Public attitudes towards gene editing in agriculture",
            })
    void doesNotReportAToolOfOtherResearchNorATechnologyStudiedFromOutside(String text) {
        assertThat(reported(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Attitude control of small satellites | AEROSPACE_SPACE",
                "Quantum computing with trapped ions | QUANTUM",
                "Gene editing of crops | BIOTECH",
            })
    void reportsTheSameTechnologiesWhenTheyAreAdvanced(String text, String code) {
        assertThat(reported(text)).contains(code);
    }

    @Test
    void doesNotReadAnEnglishWordAsAGermanTerm() {
        assertThat(SeededClassifier.CLASSIFIER.classify("Graph theory of public goods"))
                .isEmpty();
    }

    private static List<String> reported(String text) {
        return SeededClassifier.reportedCodes(text).stream()
                .map(MultilingualClassifierTests::parentCode)
                .toList();
    }

    private static String parentCode(String code) {
        return code.equals("FLEXIBLE_ELECTRONICS") ? "SEMICONDUCTORS" : code;
    }
}
