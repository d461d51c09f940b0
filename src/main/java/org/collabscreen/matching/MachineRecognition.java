package org.collabscreen.matching;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Recognising a person by face, gait or voice, or finding one again across cameras, is biometric surveillance, and
 * research on the recognition itself is machine perception too: a text whose surveillance terms name such recognition
 * and that says something of the recognition (its algorithm, the conditions it works in, its speed or scale: "gait
 * recognition from low-resolution video", 低照度条件下的人脸识别算法, "reconocimiento facial en tiempo real"), or
 * that names re-identification, a matching task in itself (跨摄像头行人重识别), also counts for AI, with those terms
 * and as they were read (used as a tool, studied from outside). Recognition named only with where it is used
 * ("facial recognition in public spaces", 人脸识别监控系统) stays surveillance, and so does recognition from radar
 * returns, the radar's own signal processing. Issue 15, seventeenth round; the Italian, Portuguese and Russian terms,
 * the recognition's model and crowds in the other languages, and Traditional script, eighteenth round; recognition by
 * voice or gait, the Japanese and Korean terms, and what a text says of the recognition walked through every language
 * read, twenty-fourth round (voice and gait recognition named bare, or with its recording conditions only, stays
 * surveillance: the older sets label it so).
 */
final class MachineRecognition {

    /** Word parts of the surveillance terms that name the recognition of a person, folded. */
    private static final List<String> RECOGNITION = folded(List.of(
            "facial recognition",
            "face recognition",
            "gait recognition",
            "re identification",
            "speaker identification",
            "voice recognition",
            "reconocimiento facial",
            "reidentificacion",
            "reconnaissance faciale",
            "reidentification",
            "gesichtserkennung",
            "reidentifikation",
            "wiedererkennung",
            "riconoscimento facciale",
            "reconhecimento facial",
            "распознавание лиц",
            "人脸识别",
            "步态识别",
            "重识别",
            "顔認証",
            "顔認識",
            "얼굴인식",
            "얼굴 인식",
            "안면인식",
            "안면 인식",
            "재식별"));

    /**
     * Word parts of the surveillance terms that recognise a person by voice or by gait, folded ("speaker identification",
     * "Sprechererkennung", 基于步态特征的身份识别): they name the recognition of a person as the terms above do (twenty-fourth
     * round).
     */
    private static final List<String> BY_VOICE_OR_GAIT = folded(List.of(
            "speaker identification",
            "speaker verification",
            "voice recognition",
            "gait recognition",
            "reconocimiento de la marcha",
            "reconnaissance du locuteur",
            "identification du locuteur",
            "sprechererkennung",
            "gangerkennung",
            "reconhecimento da marcha",
            "распознавание походки",
            "идентификация диктора",
            "распознавание диктора",
            "步态",
            "声纹识别",
            "说话人识别",
            "歩容認証",
            "話者認識",
            "話者照合",
            "보행 인식",
            "화자 인식",
            "화자인식",
            "화자 검증"));

    /** Word parts of the terms that name finding a person again across cameras, a matching task in itself. */
    private static final List<String> REIDENTIFICATION = folded(List.of(
            "re identification",
            "reidentificacion",
            "reidentification",
            "reidentifikation",
            "wiedererkennung",
            "重识别",
            "재식별"));

    /**
     * What a text says of the recognition itself, folded: its algorithm or model (neural networks, deep learning and
     * lightweight models in the other languages, matching 比对), the conditions it must work in (low light, low
     * resolution, masks, long range, crowds) and its speed or scale; Han text is read folded to Simplified (大規模 is
     * 大规模); the words are written as folded (plural s dropped, й read as и). Without such words, recognition named with where it is used ("facial recognition in public spaces",
     * 人脸识别监控系统) is the surveillance system alone.
     */
    private static final List<String> OF_THE_RECOGNITION = folded(List.of(
            "algorithm",
            "robust",
            "low light",
            "low resolution",
            "long range",
            "at a distance",
            "real time",
            "large scale",
            "cross camera",
            "across camera",
            "mask",
            "occlu",
            "algoritmo",
            "tiempo real",
            "baja resolucion",
            "baja iluminacion",
            "a distancia",
            "gran escala",
            "algorithme",
            "temps reel",
            "basse resolution",
            "faible eclairage",
            "grande echelle",
            "echtzeit",
            "auflosung",
            "entfernung",
            "lichtverhaltnisse",
            "menschenmenge",
            "multitud",
            "foule",
            "modelo ligero",
            "rede neuronale",
            "rede neurai",
            "reseaux de neurone",
            "neuronale netz",
            "reti neurali",
            "неиросет",
            "неиронн",
            "глубок",
            "神经网络",
            "深度学习",
            "比对",
            "算法",
            "低照度",
            "跨摄像头",
            "远距离",
            "大规模",
            "实时",
            "低分辨率",
            "遮挡",
            // the same in the languages the seventeenth round left out (twenty-fourth round)
            "a distance",
            "occultation",
            "tempo reale",
            "a distanza",
            "bassa risoluzione",
            "scarsa illuminazione",
            "folla",
            "tempo real",
            "baixa resolucao",
            "baixa iluminacao",
            "multidao",
            "verdeck",
            "в реальном времени",
            "на расстоянии",
            "низкого разрешения",
            "алгоритм",
            "アルゴリズム",
            "リアルタイム",
            "低解像度",
            "遠距離",
            "深層学習",
            "ニューラルネット",
            "알고리즘",
            "실시간",
            "저해상도",
            "원거리",
            "딥러닝",
            "신경망",
            "复杂光照"));

    private MachineRecognition() {}

    /**
     * The words folded as the terms and the text they are compared with are (Hangul and kana decomposed alike; Taiwan's
     * words read as the mainland's, 低解析度 as 低分辨率).
     */
    private static List<String> folded(List<String> words) {
        return words.stream().map(MachineRecognition::fold).toList();
    }

    private static String fold(String written) {
        return DisplacingTerms.folded(RegionalChineseTerms.toMainland(ScriptFolding.fold(written)));
    }

    /** Adds to {@code AI}, when the rulebook has it, the terms of person recognition found for surveillance. */
    static void resolve(String text, Map<String, CategoryEvidence> found, Map<String, CategoryEntry> categories) {
        CategoryEvidence surveillance = found.get("SENSING_SURVEILLANCE");
        CategoryEntry ai = categories.get("AI");
        if (surveillance == null || ai == null || !surveillance.hasTerms()) {
            return;
        }
        Predicate<KeywordPattern> recognition = pattern -> {
            String folded = fold(pattern.term());
            return RECOGNITION.stream().anyMatch(folded::contains);
        };
        // recognition from radar returns (基于毫米波雷达的步态识别) is the radar's signal processing
        Predicate<KeywordPattern> radar = pattern -> {
            String folded = fold(pattern.term());
            return folded.contains("radar") || folded.contains("雷达");
        };
        String folded = fold(text);
        boolean ofTheRecognition = OF_THE_RECOGNITION.stream().anyMatch(folded::contains)
                || surveillance.hasTerm(pattern -> REIDENTIFICATION.stream().anyMatch(fold(pattern.term())::contains));
        // recognising the wearer's gait or voice is an exoskeleton's or a prosthesis's control, not identification
        CategoryEvidence neuro = found.get("HMI_NEURO");
        boolean worn = neuro != null && neuro.hasTerms();
        Predicate<KeywordPattern> byVoiceOrGait =
                pattern -> BY_VOICE_OR_GAIT.stream().anyMatch(fold(pattern.term())::contains);
        Predicate<KeywordPattern> ofAPerson =
                recognition.or(byVoiceOrGait).and(pattern -> !worn || !byVoiceOrGait.test(pattern));
        if (ofTheRecognition && surveillance.hasTerm(ofAPerson) && !surveillance.hasTerm(radar)) {
            found.computeIfAbsent("AI", code -> new CategoryEvidence(ai)).adopt(surveillance, ofAPerson);
        }
    }
}
