package org.collabscreen.matching;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a text studies a technology from the outside, as the subject of the humanities or social sciences: its
 * heading word is one of ethics, attitudes, perceptions, history, rhetoric, philosophy, governance, geopolitics,
 * sociology or archaeology ("The ethics of autonomous weapons",
 * "Public attitudes towards facial recognition", "Historia de la criptografía"). Such research does not advance the
 * technology it names, so every term it holds counts like a tool of the work ({@link ToolUse}). Only the first words
 * are read: "attitude control of CubeSats" is a heading word of engineering, not "attitudes".
 */
final class SubjectOfStudy {

    /** Leading words skipped before the heading word ("the", "public", "social", "analysis of the"). */
    private static final Set<String> LEADING = Set.of(
            "the",
            "a",
            "an",
            "public",
            "social",
            "la",
            "el",
            "las",
            "los",
            "le",
            "les",
            "l",
            "die",
            "der",
            "das",
            "analysis",
            "análisis",
            "analyse",
            "analisi",
            "análise",
            "of",
            "del",
            "de",
            "des",
            "du",
            "dell",
            "do",
            "da");

    /** How many first words are read for the heading word. */
    private static final int HEADING_WINDOW = 4;

    /**
     * Topics of the social sciences, anywhere in a text: a technology's place in the labour market, its costs and
     * benefits, cost-effectiveness, economic impact or life cycle, who is liable for it, its history as a science, how the press covers it, or a
     * qualitative study of the people who work with it; or its place in literature (science fiction, novels, poetry);
     * since the fourteenth round also its consumers' satisfaction and perception, compliance,
     * markets, image rights, and political ecology.
     */
    private static final Map<TechnologyLanguage, List<String>> TOPICS = Map.of(
            TechnologyLanguage.EN,
            List.of(
                    "labour market",
                    "labor market",
                    "qualitative study",
                    "cost-benefit analysis",
                    "life-cycle assessment",
                    "legal regulation",
                    "discourse analysis",
                    "cost-effectiveness",
                    "liability law",
                    "economic impact",
                    "history of science",
                    "newspapers",
                    "media coverage",
                    "media discourse",
                    "economic assessment",
                    "science fiction",
                    "poetry",
                    "novels",
                    "children's literature",
                    "consumer satisfaction",
                    "satisfaction survey",
                    "consumer perception",
                    "legal liability",
                    "compliance study",
                    "political ecology",
                    "market analysis"),
            TechnologyLanguage.ES,
            List.of(
                    "mercado laboral",
                    "mercado de trabajo",
                    "estudio cualitativo",
                    "análisis coste-beneficio",
                    "regulación jurídica",
                    "análisis del discurso",
                    "coste-efectividad",
                    "responsabilidad civil",
                    "impacto económico",
                    "cobertura mediática",
                    "ciencia ficción",
                    "poesía",
                    "encuesta sociológica",
                    "análisis de mercado"),
            TechnologyLanguage.FR,
            List.of(
                    "marché du travail",
                    "étude qualitative",
                    "analyse coûts-avantages",
                    "analyse du cycle de vie",
                    "régulation juridique",
                    "analyse du discours",
                    "coût-efficacité",
                    "responsabilité civile",
                    "impact économique",
                    "couverture médiatique",
                    "discours médiatique",
                    "science-fiction",
                    "poésie",
                    "enquête sociologique",
                    "droit à l'image",
                    "étude de marché"),
            TechnologyLanguage.DE,
            List.of(
                    "arbeitsmarkt",
                    "qualitative studie",
                    "kosten-nutzen-analyse",
                    "ökobilanz",
                    "rechtliche regulierung",
                    "diskursanalyse",
                    "kosten-wirksamkeit",
                    "haftungsrecht",
                    "rechtswissenschaftliche untersuchung",
                    "akzeptanzstudie",
                    "wirtschaftliche auswirkungen",
                    "medienberichterstattung",
                    "science-fiction",
                    "lyrik"),
            TechnologyLanguage.IT,
            List.of(
                    "mercato del lavoro",
                    "studio qualitativo",
                    "analisi costi-benefici",
                    "impatto economico",
                    "responsabilità civile"),
            TechnologyLanguage.PT,
            List.of(
                    "mercado de trabalho",
                    "estudo qualitativo",
                    "análise custo-benefício",
                    "impacto econômico",
                    "impacto económico",
                    "responsabilidade civil"),
            TechnologyLanguage.RU,
            List.of(
                    "рынок труда",
                    "рынке труда",
                    "качественное исследование",
                    "экономические последствия",
                    "юридическая ответственность"));

    private static final Map<TechnologyLanguage, List<String[]>> TOPIC_TOKENS = topicTokens();

    private static final Map<TechnologyLanguage, Set<String>> HEADINGS = headings();

    /** The leading words as each language's analysis reads them ("análisis" without its accent, stemmed). */
    private static final Map<TechnologyLanguage, Set<String>> LEADING_WORDS = leadingWords();

    /** The word after a qualified heading word: "of" in the Latin-script languages. */
    private static final Set<String> OF = Set.of("of", "de", "des", "du", "der", "di", "della", "da", "do");

    /** Ethics, law, policy, labour, trust, questionnaires and markets: the subjects of the humanities and social sciences. */
    private static final Set<String> CHINESE_HEADINGS = Set.of("伦理", "法律", "政策", "劳动", "信任", "问卷", "市场");

    /** Korean words for ethics and law, read anywhere as Chinese reads 伦理 and 法律. */
    private static final Set<String> KOREAN_HEADINGS = Set.of("윤리", "법률");

    private SubjectOfStudy() {}

    static boolean in(TechnologyLanguage language, TextTokens tokens) {
        if (NaturalHistory.in(language, tokens)) {
            return true;
        }
        if (language == TechnologyLanguage.ZH || language == TechnologyLanguage.JA) {
            return inChinese(tokens);
        }
        if (language == TechnologyLanguage.KO) {
            return Arrays.stream(tokens.lower()).anyMatch(KOREAN_HEADINGS::contains);
        }
        if (holdsTopic(TOPIC_TOKENS.getOrDefault(language, List.of()), tokens.lower())) {
            return true;
        }
        Set<String> headings = HEADINGS.getOrDefault(language, Set.of());
        Set<String> leading = LEADING_WORDS.getOrDefault(language, Set.of());
        for (int i = 0; i < tokens.size() && i < HEADING_WINDOW; i++) {
            String word = tokens.lower()[i];
            if (headings.contains(word)) {
                return true;
            }
            if (!LEADING.contains(word) && !leading.contains(word)) {
                // one adjective may qualify the heading word when "of" follows it ("An economic history of …")
                return i + 2 < tokens.size()
                        && headings.contains(tokens.lower()[i + 1])
                        && OF.contains(tokens.lower()[i + 2]);
            }
        }
        return false;
    }

    /**
     * Chinese names the study's subject anywhere in a title, most often at its end: 伦理 (ethics) and 法律 (law) wherever
     * they stand, 历史 (history) as "the history of" (的历史) or a history study (历史分析, 历史研究).
     */
    private static boolean inChinese(TextTokens tokens) {
        String[] bigrams = tokens.lower();
        for (int i = 0; i < bigrams.length; i++) {
            String bigram = bigrams[i];
            if (CHINESE_HEADINGS.contains(bigram)) {
                return true;
            }
            if (bigram.equals("历史")
                    && (i > 0 && bigrams[i - 1].equals("的历")
                            || i + 1 < bigrams.length
                                    && (bigrams[i + 1].equals("史分") || bigrams[i + 1].equals("史研")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsTopic(List<String[]> topics, String[] words) {
        for (String[] topic : topics) {
            for (int start = 0; start + topic.length <= words.length; start++) {
                if (Arrays.equals(words, start, start + topic.length, topic, 0, topic.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<TechnologyLanguage, List<String[]>> topicTokens() {
        Map<TechnologyLanguage, List<String[]>> topics = new EnumMap<>(TechnologyLanguage.class);
        List<String[]> written = new java.util.ArrayList<>();
        TOPICS.forEach((language, list) -> {
            topics.put(
                    language,
                    list.stream()
                            .map(topic -> (language == TechnologyLanguage.EN
                                            ? TextTokens.of(topic)
                                            : language.tokens(topic))
                                    .lower())
                            .filter(words -> words.length > 0)
                            .toList());
            if (language.writtenInLatinLetters()) {
                list.stream().map(topic -> TextTokens.of(topic).lower()).forEach(written::add);
            }
        });
        // the English reading of a text also knows the other Latin-script languages' topics as written
        topics.put(TechnologyLanguage.EN, List.copyOf(written));
        return topics;
    }

    private static Map<TechnologyLanguage, Set<String>> leadingWords() {
        Map<TechnologyLanguage, Set<String>> words = new EnumMap<>(TechnologyLanguage.class);
        for (TechnologyLanguage language : HEADINGS.keySet()) {
            Set<String> analysed = new java.util.HashSet<>();
            for (String word : LEADING) {
                TextTokens tokens = language == TechnologyLanguage.EN ? TextTokens.of(word) : language.tokens(word);
                if (tokens.size() == 1) {
                    analysed.add(tokens.lower()[0]);
                }
            }
            words.put(language, Set.copyOf(analysed));
        }
        return words;
    }

    private static Map<TechnologyLanguage, Set<String>> headings() {
        Map<TechnologyLanguage, List<String>> words = Map.of(
                TechnologyLanguage.EN,
                List.of(
                        "ethics",
                        "ethical",
                        "attitudes",
                        "perceptions",
                        "perception",
                        "history",
                        "rhetoric",
                        "philosophy",
                        "governance",
                        "geopolitics",
                        "sociology",
                        "experiences",
                        "acceptance",
                        "archaeology"),
                TechnologyLanguage.ES,
                List.of(
                        "ética",
                        "actitudes",
                        "percepción",
                        "percepciones",
                        "historia",
                        "retórica",
                        "filosofía",
                        "gobernanza",
                        "geopolítica",
                        "sociología",
                        "aceptación",
                        "arqueología"),
                TechnologyLanguage.FR,
                List.of(
                        "éthique",
                        "attitudes",
                        "perception",
                        "perceptions",
                        "histoire",
                        "rhétorique",
                        "philosophie",
                        "gouvernance",
                        "géopolitique",
                        "sociologie",
                        "acceptabilité",
                        "archéologie"),
                TechnologyLanguage.DE,
                List.of(
                        "ethik",
                        "einstellungen",
                        "wahrnehmung",
                        "geschichte",
                        "rhetorik",
                        "philosophie",
                        "geopolitik",
                        "soziologie",
                        "akzeptanz",
                        "archäologie"),
                TechnologyLanguage.IT,
                List.of(
                        "etica",
                        "atteggiamenti",
                        "percezione",
                        "percezioni",
                        "storia",
                        "retorica",
                        "filosofia",
                        "geopolitica",
                        "sociologia",
                        "accettazione"),
                TechnologyLanguage.PT,
                List.of(
                        "ética",
                        "atitudes",
                        "percepção",
                        "percepções",
                        "história",
                        "retórica",
                        "filosofia",
                        "governança",
                        "geopolítica",
                        "sociologia",
                        "aceitação"),
                TechnologyLanguage.RU,
                List.of("этика", "восприятие", "история", "риторика", "философия", "геополитика", "социология"));
        Map<TechnologyLanguage, Set<String>> headings = new EnumMap<>(TechnologyLanguage.class);
        Set<String> written = new java.util.HashSet<>();
        words.forEach((language, list) -> {
            headings.put(
                    language,
                    list.stream()
                            .map(word ->
                                    language == TechnologyLanguage.EN ? TextTokens.of(word) : language.tokens(word))
                            .filter(tokens -> tokens.size() == 1)
                            .map(tokens -> tokens.lower()[0])
                            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            if (language.writtenInLatinLetters()) {
                list.stream()
                        .map(TextTokens::of)
                        .filter(tokens -> tokens.size() == 1)
                        .forEach(tokens -> written.add(tokens.lower()[0]));
            }
        });
        // every text is also read in English: there a Spanish heading ("Percepción pública de …") stands as written
        written.addAll(headings.get(TechnologyLanguage.EN));
        headings.put(TechnologyLanguage.EN, Set.copyOf(written));
        return headings;
    }
}
