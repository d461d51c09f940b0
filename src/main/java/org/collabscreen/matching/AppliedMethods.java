package org.collabscreen.matching;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A general-purpose method (machine learning, computer vision) put to an everyday analytic task, which the work does
 * with it rather than advancing it: "… for counting fish", "… predicts yields", "… pour la prévision des crues", "…
 * per la previsione della domanda", 以深度学习分析…. The task words are counting, predicting, forecasting, estimating,
 * mapping, monitoring, classifying and recommending, as nouns or (since the fourteenth round) as the infinitives of
 * the Romance languages ("para predecir la demanda", "para recomendar recetas"); since the twenty-fourth round an
 * analysis named with what it analyses ("sentiment analysis of museum reviews": none of the development sets' twelve
 * texts on sentiment analysis is labelled AI); a task the method's own field names (recognition, generation, reasoning) is not
 * one of them. Issue 15, eleventh round; the cue words of each language go through that language's analysis.
 */
final class AppliedMethods {

    /** The preposition that introduces a purpose. */
    private static final Map<TechnologyLanguage, Set<String>> FOR = cues(Map.of(
            TechnologyLanguage.EN, List.of("for"),
            TechnologyLanguage.ES, List.of("para"),
            TechnologyLanguage.FR, List.of("pour"),
            TechnologyLanguage.DE, List.of("zur", "zum", "für"),
            TechnologyLanguage.IT, List.of("per"),
            TechnologyLanguage.PT, List.of("para")));

    /** The everyday analytic tasks, as a purpose's head noun or gerund. */
    private static final Map<TechnologyLanguage, Set<String>> TASKS = cues(Map.of(
            TechnologyLanguage.EN,
            List.of(
                    "counting",
                    "predicting",
                    "forecasting",
                    "estimating",
                    "mapping",
                    "monitoring",
                    "classifying",
                    "recommending"),
            TechnologyLanguage.ES,
            List.of(
                    "predicción",
                    "previsión",
                    "pronóstico",
                    "estimación",
                    "conteo",
                    "cartografía",
                    "predecir",
                    "estimar",
                    "recomendar",
                    "contar"),
            TechnologyLanguage.FR,
            List.of(
                    "prévision",
                    "prédiction",
                    "estimation",
                    "comptage",
                    "cartographie",
                    "prévoir",
                    "prédire",
                    "estimer",
                    "recommander"),
            TechnologyLanguage.DE,
            List.of("Vorhersage", "Prognose", "Schätzung", "Kartierung", "Zählung", "Empfehlung"),
            TechnologyLanguage.IT,
            List.of("previsione", "stima", "mappatura", "conteggio", "prevedere", "stimare", "raccomandare"),
            TechnologyLanguage.PT,
            List.of(
                    "previsão",
                    "predição",
                    "estimativa",
                    "contagem",
                    "mapeamento",
                    "prever",
                    "estimar",
                    "recomendar")));

    /** English verbs whose subject is the method: "machine learning predicts …". */
    private static final Set<String> VERBS =
            Set.of("predicts", "forecasts", "estimates", "maps", "counts", "reveals", "classifies");

    /** Chinese: 以 or 用 before the method, and an analytic verb right after it (以深度学习分析…). */
    private static final Set<String> CHINESE_TASKS = Set.of("分析", "预测", "估算", "监测", "预报", "计数");

    /** Articles or a word between the preposition and the task ("pour la prévision"). */
    private static final int TASK_WINDOW = 2;

    private AppliedMethods() {}

    /** Whether the method named at {@code start} is put to an everyday analytic task. */
    static boolean at(TechnologyLanguage language, TextTokens tokens, int start, int length) {
        int after = start + length;
        if (language == TechnologyLanguage.ZH) {
            return start > 0
                    && (tokens.lower()[start - 1].startsWith("以") || tokens.lower()[start - 1].startsWith("用"))
                    && after + 1 < tokens.size()
                    && CHINESE_TASKS.contains(tokens.lower()[after + 1]);
        }
        if (after >= tokens.size()) {
            return false;
        }
        if (language == TechnologyLanguage.EN && VERBS.contains(tokens.lower()[after])) {
            return true;
        }
        // an analysis named with what it analyses ("sentiment analysis of tourist reviews") is the analysis done
        if (language == TechnologyLanguage.EN
                && tokens.lower()[after - 1].equals("analysis")
                && tokens.lower()[after].equals("of")) {
            return true;
        }
        if (!FOR.getOrDefault(language, Set.of()).contains(tokens.lower()[after])) {
            return false;
        }
        Set<String> tasks = TASKS.getOrDefault(language, Set.of());
        for (int i = after + 1; i <= Math.min(tokens.size() - 1, after + TASK_WINDOW); i++) {
            if (tasks.contains(tokens.lower()[i])) {
                return true;
            }
        }
        return false;
    }

    private static Map<TechnologyLanguage, Set<String>> cues(Map<TechnologyLanguage, List<String>> words) {
        Map<TechnologyLanguage, Set<String>> cues = new EnumMap<>(TechnologyLanguage.class);
        words.forEach((language, list) -> {
            Set<String> analysed = new HashSet<>();
            for (String word : list) {
                TextTokens tokens = language == TechnologyLanguage.EN ? TextTokens.of(word) : language.tokens(word);
                if (tokens.size() > 0) {
                    analysed.add(tokens.lower()[0]);
                }
            }
            cues.put(language, Set.copyOf(analysed));
        });
        return cues;
    }
}
