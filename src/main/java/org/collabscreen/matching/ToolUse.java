package org.collabscreen.matching;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a general-purpose method (machine learning, supercomputing) is only used as a tool where it is mentioned:
 * "analysed with machine learning", "using deep learning", "natural language processing tools", "deep learning to
 * study bird migration", "mediante aprendizaje automático", "ドローンを用いた", "드론을 활용한". Research that uses such a tool is not research that
 * advances it; its term then counts at a reduced confidence. The cue words of each language go through that
 * language's analysis, so they compare with its tokens.
 */
final class ToolUse {

    /** Categories whose keywords are general-purpose methods that most research merely applies. */
    static final Set<String> GENERAL_PURPOSE_CATEGORIES = Set.of("AI", "ADV_COMPUTING");

    /**
     * Categories whose keywords also name instruments that other research reads data from ("bird migration from
     * weather radar", "drone photography", "GPS collars"); only the narrower instrument cues apply to them.
     */
    static final Set<String> INSTRUMENT_CATEGORIES =
            Set.of("SENSING_SURVEILLANCE", "AEROSPACE_SPACE", "PNT", "ROBOTICS_AUTONOMY", "MARINE_UNDERWATER");

    /** Words before an instrument that say its readings serve other research ("from radar", "uso de drones"). */
    private static final Map<TechnologyLanguage, Set<String>> INSTRUMENT_BEFORE = cues(Map.of(
            TechnologyLanguage.EN,
            List.of("from", "using", "via"),
            TechnologyLanguage.ES,
            List.of("uso", "usando", "mediante", "utilizando"),
            TechnologyLanguage.FR,
            List.of("utilisant", "moyen", "via"),
            TechnologyLanguage.DE,
            List.of("mittels", "anhand", "einsatz", "nutzung"),
            TechnologyLanguage.ZH,
            List.of("利用", "采用", "借助", "基于"),
            TechnologyLanguage.IT,
            List.of("uso", "utilizzo", "mediante", "tramite"),
            TechnologyLanguage.PT,
            List.of("uso", "usando", "utilizando", "meio"),
            TechnologyLanguage.RU,
            List.of("использование", "использованием", "помощью", "применение")));

    /** Words right after an instrument that name what is read from it ("radar data", "drone photography"). */
    private static final Set<String> INSTRUMENT_AFTER = Set.of(
            "data",
            "images",
            "imagery",
            "photography",
            "photographs",
            "observations",
            "collars",
            "recordings",
            "surveys",
            "survey",
            "tags",
            "stations",
            "assisted",
            "records",
            "altimetry",
            "mapping",
            "photogrammetry",
            "footage",
            "positioning",
            "signals",
            "fixes");

    /**
     * Words before an instrument, in languages that put the noun first ("collares GPS", "images satellitaires", "dati
     * radar"): its readings serve other research, as "GPS collars" and "radar data" do in English.
     */
    private static final Map<TechnologyLanguage, Set<String>> INSTRUMENT_NOUN_BEFORE = cues(Map.of(
            TechnologyLanguage.EN,
            List.of(),
            TechnologyLanguage.ES,
            List.of("collares", "datos", "imágenes", "balizas"),
            TechnologyLanguage.FR,
            List.of("colliers", "données", "images", "balises"),
            TechnologyLanguage.IT,
            List.of("collari", "dati", "immagini"),
            TechnologyLanguage.PT,
            List.of("coleiras", "dados", "imagens")));

    /**
     * Words that make an instrument the object of the work, not its subject: a drone detected, tracked, or intercepted
     * is not research on drones ("small drone detection", "to track small drones", "Erkennung kleiner Drohnen", "détection de drones", ドローン迎撃). The English reading of a text also knows the
     * other Latin-script languages' cues as written.
     */
    private static final Map<TechnologyLanguage, Set<String>> DETECTION = cues(Map.of(
            TechnologyLanguage.EN,
            List.of(
                    "detection",
                    "detecting",
                    "detect",
                    "tracking",
                    "track",
                    "countering",
                    "intercept",
                    "intercepting",
                    "neutralisation",
                    "neutralization",
                    "disables"),
            TechnologyLanguage.ES,
            List.of("detección", "seguimiento", "neutralizar", "interceptación", "antidrones"),
            TechnologyLanguage.FR,
            List.of("détection", "détecter", "neutralisation", "neutraliser", "lutte"),
            TechnologyLanguage.DE,
            List.of("erkennung", "detektion", "abwehr", "abfangen"),
            TechnologyLanguage.IT,
            List.of("rilevamento", "rilevazione", "intercettazione", "contrasto"),
            TechnologyLanguage.PT,
            List.of("detecção", "deteção", "interceptação"),
            TechnologyLanguage.ZH,
            List.of("拦截", "反制"),
            TechnologyLanguage.JA,
            List.of("迎撃"),
            TechnologyLanguage.KO,
            List.of("요격")));

    static final double FACTOR = 0.5;

    private static final int WINDOW = 3;

    private static final Map<TechnologyLanguage, Set<String>> BEFORE = cues(Map.of(
            TechnologyLanguage.EN,
            List.of(
                    "use",
                    "using",
                    "uses",
                    "used",
                    "with",
                    "apply",
                    "applying",
                    "applied",
                    "via",
                    "employ",
                    "employing",
                    "analysed",
                    "analyzed",
                    "leveraging",
                    "by",
                    "through",
                    "aided"),
            TechnologyLanguage.ES,
            List.of("con", "usando", "utilizando", "mediante", "aplicando", "aplicado", "empleando", "emplea"),
            TechnologyLanguage.FR,
            List.of("avec", "utilisant", "utilise", "appliquant", "appliqué", "grâce", "aide", "moyen"),
            TechnologyLanguage.DE,
            List.of("mit", "mittels", "anhand", "hilfe", "nutzung", "einsatz", "verwendung", "angewandt"),
            TechnologyLanguage.ZH,
            List.of("利用", "采用", "借助", "基于"),
            TechnologyLanguage.IT,
            List.of("con", "usando", "utilizzando", "mediante", "tramite", "applicando"),
            TechnologyLanguage.PT,
            List.of("com", "usando", "utilizando", "mediante", "aplicando", "aplicado"),
            TechnologyLanguage.RU,
            List.of("использованием", "помощью", "применением", "использование")));

    private static final Map<TechnologyLanguage, Set<String>> AFTER = cues(Map.of(
            TechnologyLanguage.EN,
            List.of(
                    "tool",
                    "tools",
                    "techniques",
                    "methods",
                    "software",
                    "based",
                    "aided",
                    "assisted",
                    "applied",
                    "to study",
                    "to map",
                    "to track",
                    "to predict",
                    "to classify",
                    "to transcribe",
                    "to analyse",
                    "to analyze",
                    "to detect",
                    "to identify",
                    "to estimate",
                    "to model",
                    "to forecast",
                    "to grade",
                    "to date",
                    "to diagnose",
                    "to screen",
                    "to segment",
                    "to recognise",
                    "to recognize",
                    "to simulate",
                    "analysis",
                    "simulations",
                    "simulation of",
                    "prediction",
                    "predictions",
                    "forecasting"),
            TechnologyLanguage.ES,
            List.of(
                    "herramienta",
                    "herramientas",
                    "aplicado",
                    "aplicada",
                    "para estudiar",
                    "para predecir",
                    "para cartografiar",
                    "para clasificar",
                    "para identificar",
                    "para detectar",
                    "para reconocer",
                    "para datar",
                    "para diagnosticar"),
            TechnologyLanguage.FR,
            List.of(
                    "outil",
                    "outils",
                    "appliqué",
                    "appliquée",
                    "pour étudier",
                    "pour prédire",
                    "pour cartographier",
                    "pour classer",
                    "pour identifier",
                    "pour détecter",
                    "pour reconnaître",
                    "pour dater",
                    "pour diagnostiquer"),
            TechnologyLanguage.DE,
            List.of(
                    "werkzeug",
                    "werkzeuge",
                    "gestützt",
                    "gestützte",
                    "basierte",
                    "zur kartierung",
                    "zur identifizierung",
                    "zur datierung",
                    "zur diagnose",
                    "zur klassifikation",
                    "zur klassifizierung"),
            TechnologyLanguage.IT,
            List.of(
                    "per mappare",
                    "per classificare",
                    "per identificare",
                    "per rilevare",
                    "per riconoscere",
                    "per datare",
                    "per diagnosticare"),
            TechnologyLanguage.PT,
            List.of(
                    "para mapear",
                    "para classificar",
                    "para identificar",
                    "para detectar",
                    "para reconhecer",
                    "para datar",
                    "para diagnosticar"),
            TechnologyLanguage.RU,
            List.of(
                    "для распознавания",
                    "для выявления",
                    "для диагностики",
                    "для классификации",
                    "для идентификации")));

    /**
     * Words a little after a method or an instrument that say it serves another study: "… used to simulate galaxy formation", "… as a
     * tool for", "… to study", "… to identify", "… para censar", "… utilisé pour", "… als Werkzeug", "…监测". Looked for up to
     * {@link #PURPOSE_WINDOW} words on, where the narrower {@link #AFTER} cues must follow at once.
     */
    private static final Map<TechnologyLanguage, Set<String>> PURPOSE = cues(Map.of(
            TechnologyLanguage.EN,
            List.of(
                    "tool",
                    "tools",
                    "used to",
                    "to study",
                    "to estimate",
                    "to count",
                    "to census",
                    "to survey",
                    "to measure",
                    "to monitor",
                    "to trace",
                    "to reconstruct",
                    "to identify",
                    "to project",
                    "to understand",
                    "aids",
                    "helps"),
            TechnologyLanguage.ES,
            List.of(
                    "herramienta",
                    "utilizado para",
                    "utilizada para",
                    "para censar",
                    "para estudiar",
                    "para estimar",
                    "para simular",
                    "para predecir",
                    "seguimiento"),
            TechnologyLanguage.FR,
            List.of(
                    "outil",
                    "utilisé pour",
                    "utilisée pour",
                    "pour étudier",
                    "pour estimer",
                    "pour compter",
                    "pour simuler",
                    "pour prédire",
                    "pour suivre"),
            TechnologyLanguage.DE,
            List.of(
                    "werkzeug",
                    "zur auswertung",
                    "zur untersuchung",
                    "zur simulation",
                    "zur vorhersage",
                    "zur prognose"),
            TechnologyLanguage.ZH,
            List.of("监测", "的应用", "揭示"),
            TechnologyLanguage.IT,
            List.of("strumento", "utilizzato per", "per studiare", "per stimare", "per simulare", "per prevedere"),
            TechnologyLanguage.PT,
            List.of("ferramenta", "utilizado para", "para estudar", "para estimar", "para simular", "para prever"),
            TechnologyLanguage.RU,
            List.of("для мониторинга", "для изучения", "для оценки", "для моделирования"),
            TechnologyLanguage.JA,
            List.of("用い", "活用", "利用"),
            TechnologyLanguage.KO,
            List.of("활용", "이용", "사용")));

    private static final int PURPOSE_WINDOW = 4;

    /** The last words of a Chinese "X 于 Y 的应用" or "X 于 Y 估算": the application or the estimation X serves. */
    private static final Set<String> APPLIED_ENDINGS = Set.of("应用", "估算");

    /** Japanese and Korean are read as bigrams: a cue a few words on is twice as many tokens away. */
    private static final int BIGRAM_PURPOSE_WINDOW = 8;

    /**
     * Laboratory methods of the life sciences (sequencing, CRISPR knockouts) that most research merely applies: only
     * the purpose cues apply to them ("… sequencing to trace transmission", "… knockouts to study regeneration").
     */
    private static final Set<String> METHOD_CATEGORIES = Set.of("BIOTECH");

    private ToolUse() {}

    /** Whether the term of this category at {@code start} is used as a tool rather than advanced. */
    static boolean at(String category, TechnologyLanguage language, TextTokens tokens, int start, int length) {
        if (SubjectOfStudy.in(language, tokens)) {
            return true;
        }
        if (GENERAL_PURPOSE_CATEGORIES.contains(category)) {
            return at(language, tokens, start, length)
                    || AppliedMethods.at(language, tokens, start, length)
                    || purposeAfter(language, tokens, start + length)
                    || appliedInChinese(language, tokens, start + length);
        }
        if (METHOD_CATEGORIES.contains(category)) {
            // "editing tools" are what the work builds: only a purpose that names another study counts
            return purposeAfter(language, tokens, start + length, true);
        }
        if (!INSTRUMENT_CATEGORIES.contains(category)) {
            return false;
        }
        Set<String> before = INSTRUMENT_BEFORE.getOrDefault(language, Set.of());
        for (int i = Math.max(0, start - 2); i < start; i++) {
            if (before.contains(tokens.lower()[i])) {
                return true;
            }
        }
        Set<String> nounBefore = INSTRUMENT_NOUN_BEFORE.getOrDefault(language, Set.of());
        Set<String> detection = DETECTION.getOrDefault(language, Set.of());
        for (int i = Math.max(0, start - WINDOW); i < start; i++) {
            if (detection.contains(tokens.lower()[i]) || i >= start - 2 && nounBefore.contains(tokens.lower()[i])) {
                return true;
            }
        }
        int after = start + length;
        if (language.readAsBigrams()) {
            // the bigrams right after a term straddle its last character: a cue is a few bigrams on
            for (int i = after; i < Math.min(tokens.size(), after + WINDOW); i++) {
                if (detection.contains(tokens.lower()[i])) {
                    return true;
                }
            }
        }
        return after < tokens.size()
                        && (INSTRUMENT_AFTER.contains(tokens.lower()[after])
                                || detection.contains(tokens.lower()[after]))
                || purposeAfter(language, tokens, after)
                || appliedInChinese(language, tokens, after);
    }

    /**
     * Chinese "X 在/于 Y (中)的应用" is the application of X in Y: X serves Y's work; so is "X 于 Y 估算", X in the
     * estimation of Y (the other languages' purpose cue "to estimate", twenty-fifth round). The text ends in 应用 or 估算
     * and a bigram starting with 在 or 于 follows the term.
     */
    private static boolean appliedInChinese(TechnologyLanguage language, TextTokens tokens, int after) {
        if (language != TechnologyLanguage.ZH
                || tokens.size() == 0
                || !APPLIED_ENDINGS.contains(tokens.lower()[tokens.size() - 1])) {
            return false;
        }
        for (int i = after; i < tokens.size(); i++) {
            char first = tokens.lower()[i].charAt(0);
            if (first == '在' || first == '于') {
                return true;
            }
        }
        return false;
    }

    private static boolean purposeAfter(TechnologyLanguage language, TextTokens tokens, int after) {
        return purposeAfter(language, tokens, after, false);
    }

    private static boolean purposeAfter(
            TechnologyLanguage language, TextTokens tokens, int after, boolean phrasesOnly) {
        Set<String> purpose = PURPOSE.getOrDefault(language, Set.of());
        boolean bigrams = language == TechnologyLanguage.JA || language == TechnologyLanguage.KO;
        int end = Math.min(tokens.size(), after + (bigrams ? BIGRAM_PURPOSE_WINDOW : PURPOSE_WINDOW));
        for (int i = after; i < end; i++) {
            if (!phrasesOnly && purpose.contains(tokens.lower()[i])
                    || i + 1 < tokens.size() && purpose.contains(tokens.lower()[i] + " " + tokens.lower()[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(TechnologyLanguage language, TextTokens tokens, int start, int length) {
        Set<String> before = BEFORE.getOrDefault(language, Set.of());
        for (int i = Math.max(0, start - WINDOW); i < start; i++) {
            if (before.contains(tokens.lower()[i])) {
                return true;
            }
        }
        int after = start + length;
        Set<String> following = AFTER.getOrDefault(language, Set.of());
        if (after >= tokens.size()) {
            return false;
        }
        if (following.contains(tokens.lower()[after])) {
            return true;
        }
        return after + 1 < tokens.size() && following.contains(tokens.lower()[after] + " " + tokens.lower()[after + 1]);
    }

    /**
     * Each language's cues as its analysis reads them. Every text is also read in English (loan words, acronyms), where
     * a term of a Spanish text ("uso de drones") stands beside the Spanish cue as written: the English cues therefore
     * also hold the other Latin-script languages' cues as written.
     */
    private static Map<TechnologyLanguage, Set<String>> cues(Map<TechnologyLanguage, List<String>> words) {
        Map<TechnologyLanguage, Set<String>> cues = new EnumMap<>(TechnologyLanguage.class);
        Set<String> written = new HashSet<>();
        words.forEach((language, list) -> {
            Set<String> analysed = new HashSet<>();
            for (String word : list) {
                TextTokens tokens = language == TechnologyLanguage.EN ? TextTokens.of(word) : language.tokens(word);
                if (tokens.size() > 0) {
                    analysed.add(String.join(" ", tokens.lower()));
                }
                if (language.writtenInLatinLetters()) {
                    written.add(String.join(" ", TextTokens.of(word).lower()));
                }
            }
            cues.put(language, analysed);
        });
        if (cues.containsKey(TechnologyLanguage.EN)) {
            cues.get(TechnologyLanguage.EN).addAll(written);
        }
        cues.replaceAll((language, set) -> Set.copyOf(set));
        return cues;
    }
}
