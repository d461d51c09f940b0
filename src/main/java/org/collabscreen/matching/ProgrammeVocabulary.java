package org.collabscreen.matching;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Programme words: plan, program, programme and project (and programa, Programm, proyecto, projet, Projekt, scheme,
 * pinyin jihua: 计划 is rendered by all of them, so "Plan 111" is the 111 Project) are one word; young and youth
 * (jóvenes, jeunes, junge) are one word; 1000, 1,000, thousand, mil, mille and tausend are one number.
 */
final class ProgrammeVocabulary implements Vocabulary {

    static final ProgrammeVocabulary INSTANCE = new ProgrammeVocabulary();

    /** The weight of function, country and sponsor words. */
    static final double FUNCTION_WORD = 0.1;

    private static final double PLAN_WORD = 0.3;
    private static final double COMMON_WORD = 0.5;
    private static final int MAX_UNSTEMMED = 4;

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("plan", "plan"),
            Map.entry("plans", "plan"),
            Map.entry("program", "plan"),
            Map.entry("programs", "plan"),
            Map.entry("programme", "plan"),
            Map.entry("programmes", "plan"),
            Map.entry("programa", "plan"),
            Map.entry("programm", "plan"),
            Map.entry("scheme", "plan"),
            // abbreviated as reference lists and CVs write it: "Thousand Talents Prog."
            Map.entry("prog", "plan"),
            Map.entry("progr", "plan"),
            Map.entry("jihua", "plan"),
            Map.entry("project", "plan"),
            Map.entry("projects", "plan"),
            Map.entry("proyecto", "plan"),
            Map.entry("projet", "plan"),
            Map.entry("projekt", "plan"),
            Map.entry("计划", "plan"),
            Map.entry("项目", "plan"),
            // Russian: проект, программа, as written and as romanised
            Map.entry("проект", "plan"),
            Map.entry("программа", "plan"),
            Map.entry("proekt", "plan"),
            Map.entry("programma", "plan"),
            Map.entry("программы", "plan"),
            Map.entry("programmy", "plan"),
            Map.entry("proekta", "plan"),
            // Italian and Portuguese (seventh round): progetto, projeto; giovani, jovens; talenti; cento, cem
            Map.entry("progetto", "plan"),
            Map.entry("projeto", "plan"),
            Map.entry("giovani", "young"),
            Map.entry("jovens", "young"),
            Map.entry("molodykh", "young"),
            Map.entry("molodyh", "young"),
            Map.entry("молодых", "young"),
            Map.entry("talenti", "talent"),
            Map.entry("talento", "talent"),
            Map.entry("cento", "100"),
            Map.entry("cem", "100"),
            Map.entry("diecimila", "10000"),
            Map.entry("cinese", "chinese"),
            Map.entry("cinesi", "chinese"),
            Map.entry("chines", "chinese"),
            Map.entry("chinesa", "chinese"),
            Map.entry("russo", "russian"),
            Map.entry("professore", "professor"),
            Map.entry("professori", "professor"),
            Map.entry("distinguido", "distinguished"),
            Map.entry("distingue", "distinguished"),
            Map.entry("ministerio", "ministry"),
            Map.entry("ministere", "ministry"),
            Map.entry("ministero", "ministry"),
            Map.entry("educacion", "education"),
            Map.entry("educacao", "education"),
            Map.entry("istruzione", "education"),
            // the words a programme's own rules use for a tier or form of award: the Ten Thousand Talents Plan's
            // 领军人才 ("leading talents"), the Peacock Plan's A, B and C categories (A类, B类, C类) and teams (孔雀团队)
            Map.entry("paon", "peacock"),
            Map.entry("pavone", "peacock"),
            Map.entry("pavao", "peacock"),
            Map.entry("pfau", "peacock"),
            Map.entry("leading", "tier"),
            Map.entry("category", "tier"),
            Map.entry("class", "tier"),
            Map.entry("entrepreneurship", "entrepreneur"),
            Map.entry("topnotch", "top"),
            Map.entry("expertos", "expert"),
            Map.entry("esperti", "expert"),
            Map.entry("especialistas", "expert"),
            Map.entry("extranjeros", "foreign"),
            Map.entry("etrangers", "foreign"),
            Map.entry("stranieri", "foreign"),
            Map.entry("estrangeiros", "foreign"),
            // the singular and the recruiting word of the Romance renderings (Programa de Reclutamiento de Expertos
            // Extranjeros, Programme de recrutement d'experts étrangers)
            Map.entry("experto", "expert"),
            Map.entry("esperto", "expert"),
            Map.entry("extranjero", "foreign"),
            Map.entry("etranger", "foreign"),
            Map.entry("straniero", "foreign"),
            Map.entry("reclutamiento", "recruit"),
            Map.entry("recrutement", "recruit"),
            Map.entry("reclutamento", "recruit"),
            Map.entry("recrutamento", "recruit"),
            Map.entry("tysyacha", "1000"),
            Map.entry("tysyach", "1000"),
            Map.entry("talantov", "talent"),
            Map.entry("talanty", "talent"),
            // 引进 is rendered "introduction" as often as "recruitment" (引进计划, 引智计划)
            Map.entry("introduction", "recruit"),
            Map.entry("introducing", "recruit"),
            Map.entry("recruiting", "recruit"),
            Map.entry("young", "young"),
            Map.entry("youth", "young"),
            Map.entry("jovenes", "young"),
            Map.entry("joven", "young"),
            Map.entry("jeunes", "young"),
            Map.entry("jeune", "young"),
            Map.entry("junge", "young"),
            Map.entry("jungen", "young"),
            // Russian молодёжная ("youth", of a programme) and молодые ("young"), romanised with and without ё
            Map.entry("molodezhnaya", "young"),
            Map.entry("molodyozhnaya", "young"),
            Map.entry("molodezhnoy", "young"),
            Map.entry("molodyozhnoy", "young"),
            Map.entry("molodye", "young"),
            Map.entry("molodyye", "young"),
            Map.entry("talentos", "talent"),
            Map.entry("talente", "talent"),
            Map.entry("talents", "talent"),
            Map.entry("rencai", "talent"),
            Map.entry("xuezhe", "scholar"),
            // 国家 ("national") in pinyin, as "Guojia Wanren Jihua" writes it (fifteenth round)
            Map.entry("guojia", "national"),
            // Russian учёные ("scholars", as «Учёные Чанцзян» renders 长江学者), romanised with and without ё
            Map.entry("uchenyye", "scholar"),
            Map.entry("uchenye", "scholar"),
            Map.entry("uchyonye", "scholar"),
            // the titles of French, Spanish and German renderings ("programme des professeurs Changjiang")
            Map.entry("professeur", "professor"),
            Map.entry("professeurs", "professor"),
            Map.entry("profesor", "professor"),
            Map.entry("profesores", "professor"),
            Map.entry("professoren", "professor"),
            Map.entry("professors", "professor"),
            Map.entry("professorship", "professor"),
            // the researcher a title names in Spanish, French and German ("investigador distinguido")
            Map.entry("investigador", "researcher"),
            Map.entry("investigadora", "researcher"),
            Map.entry("chercheur", "researcher"),
            Map.entry("chercheuse", "researcher"),
            Map.entry("forscher", "researcher"),
            Map.entry("forscherin", "researcher"),
            // 讲座教授, the Changjiang Chaired Professor, is a professorship: a chair in English ("Chair Professor",
            // "Changjiang chair"), French (chaire) and German (Stiftungsprofessur, an endowed chair); the Ministry of
            // Education that awards it in German (Bildungsministerium)
            Map.entry("chair", "professor"),
            Map.entry("chairs", "professor"),
            Map.entry("chaired", "professor"),
            Map.entry("chaire", "professor"),
            Map.entry("chaires", "professor"),
            Map.entry("stiftungsprofessor", "professor"),
            Map.entry("stiftungsprofessur", "professor"),
            Map.entry("stiftungsprofessoren", "professor"),
            Map.entry("bildungsministerium", "ministry"),
            Map.entry("bildungsministeriums", "ministry"),
            Map.entry("academicos", "scholar"),
            Map.entry("thousand", "1000"),
            Map.entry("hundred", "100"),
            Map.entry("mil", "1000"),
            Map.entry("mille", "1000"),
            Map.entry("tausend", "1000"),
            Map.entry("cien", "100"),
            Map.entry("cent", "100"),
            Map.entry("hundert", "100"),
            Map.entry("zehntausend", "10000"),
            Map.entry("academia", "academy"),
            Map.entry("academie", "academy"),
            Map.entry("akademie", "academy"),
            Map.entry("ciencias", "sciences"),
            Map.entry("wissenschaften", "sciences"),
            // country adjectives of the partners' languages say whose programme it is, as "Chinese" does
            Map.entry("chinois", "chinese"),
            Map.entry("chinoise", "chinese"),
            Map.entry("chino", "chinese"),
            Map.entry("chinesisch", "chinese"),
            Map.entry("chinesische", "chinese"),
            Map.entry("chinesischen", "chinese"),
            Map.entry("russe", "russian"),
            Map.entry("ruso", "russian"),
            Map.entry("rusa", "russian"),
            Map.entry("russisch", "russian"),
            Map.entry("russische", "russian"),
            Map.entry("russischen", "russian"),
            Map.entry("iranien", "iranian"),
            Map.entry("iranienne", "iranian"),
            Map.entry("irani", "iranian"),
            Map.entry("iranisch", "iranian"),
            Map.entry("iranische", "iranian"),
            Map.entry("iranischen", "iranian"));

    /**
     * Country and sponsor words only say whose programme it is: "1000 Talents Plan (China)" is the Thousand Talents
     * Plan, "Hundred Talents Program of the Chinese Academy of Sciences" the Hundred Talents Program.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of",
            "the",
            "and",
            "for",
            "in",
            "on",
            "a",
            "china",
            "chinese",
            "prc",
            "russia",
            "russian",
            "iran",
            "iranian",
            "de",
            "del",
            "el",
            "la",
            "los",
            "las",
            "para",
            "por",
            "y",
            "des",
            "le",
            "les",
            "pour",
            "et",
            "der",
            "die",
            "du",
            "fur",
            "von",
            "und",
            "one",
            "academy",
            "science",
            "sciences",
            "cas",
            // the government bodies that run a scheme: "Pujiang Talent Plan of Shanghai Municipality"
            "municipal",
            "municipality",
            "provincial",
            "province",
            "ministry",
            "education",
            "government",
            "moe",
            // the level a scheme is run at says whose it is, as a country does: "national 1000 Plan" (fifteenth round)
            "national");

    /**
     * Words many programmes' names hold, as {@link #canonical} writes them: "recruitment" is stemmed to "recruit" (and
     * 引进's "introduction" folds to it), so the stem is listed too.
     */
    private static final Set<String> COMMON_WORDS = Set.of("talent", "scholar", "recruitment", "recruit");

    /**
     * Words that say what kind of scheme it is, as "plan" does, not which: 奖励计划 is an award plan, 行动计划 an action
     * plan, and English renderings keep or drop them ("Changjiang Scholars Program", "… Award Program").
     */
    private static final Set<String> SCHEME_WORDS = Set.of("award", "action");

    /**
     * The titles a programme confers, which English renderings add or drop: "Changjiang Distinguished Professor",
     * "Yangtze River Scholar Distinguished Professor", "… Chaired Professor" (特聘教授, 讲座教授).
     */
    private static final Set<String> TITLE_WORDS =
            Set.of("distinguished", "professor", "professorship", "chair", "tier", "researcher");

    /** Misspelt programme words ("Talants", "Programe") fold to the word, so they keep its low weight. */
    private static final VocabularyTypos TYPOS =
            new VocabularyTypos(Set.of("talent", "scholar", "recruitment", "national", "program", "programme"));

    /**
     * Names of places and emblems that programmes are named after, as other languages write them in two words or more:
     * the Pearl River by GeoNames' alternate names (Río de las Perlas, Rivière des Perles, Fiume delle Perle, Rio das
     * Pérolas, Perlfluss), the peacock in Spanish (pavo real), 长江 in Cantonese and in Russian letters.
     */
    private static final Map<String, String> PHRASES = Map.of(
            "rio de las perlas", "pearl river",
            "riviere des perles", "pearl river",
            "fiume delle perle", "pearl river",
            "rio das perolas", "pearl river",
            "perlfluss", "pearl river",
            "pavo real", "peacock",
            // 长江 in the Hong Kong (Cantonese) romanisation the programme's first English name used, and in Russian
            // Palladius letters as BGN/PCGN renders them: "Cheung Kong Scholars Programme", "Chantszyan"
            "cheung kong", "changjiang",
            // 长江 in Hanyu Pinyin with its two syllables apart, as "Chang Jiang Scholar" writes it
            "chang jiang", "changjiang",
            "chantszyan", "changjiang");

    private static final Pattern TEN_THOUSAND =
            Pattern.compile("\\b(ten|diez|dix|zehn) (thousand|1000|mil|mille|tausend)\\b");

    private ProgrammeVocabulary() {}

    private static final Pattern DIGITS_BESIDE_HAN = Pattern.compile("(?<=\\d)(?=\\p{IsHan})|(?<=\\p{IsHan})(?=\\d)");

    /**
     * "Ten Thousand Talents" and "10,000 Talents" are one name: number words before a thousand multiply it. A number
     * written against Han characters is a word of its own: 111计划 is "111 计划".
     */
    @Override
    public String rewrite(String normalised) {
        String spaced =
                hasDigit(normalised) ? DIGITS_BESIDE_HAN.matcher(normalised).replaceAll(" ") : normalised;
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            if (spaced.contains(phrase.getKey())) {
                spaced = spaced.replace(phrase.getKey(), phrase.getValue());
            }
        }
        return mayNameTenThousand(spaced) ? TEN_THOUSAND.matcher(spaced).replaceAll("10000") : spaced;
    }

    /** Whether {@link #DIGITS_BESIDE_HAN} could match: it needs a digit. */
    private static boolean hasDigit(String normalised) {
        for (int i = 0; i < normalised.length(); i++) {
            if (Character.isDigit(normalised.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #TEN_THOUSAND} could match: one of its first words followed by a space. */
    private static boolean mayNameTenThousand(String normalised) {
        return normalised.contains("ten ")
                || normalised.contains("diez ")
                || normalised.contains("dix ")
                || normalised.contains("zehn ");
    }

    @Override
    public String correctTypo(String canonicalToken) {
        String corrected = TYPOS.correct(canonicalToken);
        return CANONICAL.getOrDefault(corrected, corrected);
    }

    @Override
    public String canonical(String token) {
        String canonical = CANONICAL.get(token);
        if (canonical != null) {
            return canonical;
        }
        // short tokens are acronyms or function words: "TTPs" must not become the acronym TTP
        return token.length() <= MAX_UNSTEMMED ? token : EnglishStemmer.stem(token);
    }

    @Override
    public double weight(String canonicalToken) {
        if (FUNCTION_WORDS.contains(canonicalToken)) {
            return FUNCTION_WORD;
        }
        if (canonicalToken.equals("plan")
                || SCHEME_WORDS.contains(canonicalToken)
                || TITLE_WORDS.contains(canonicalToken)
                || ChineseProvinces.NAMES.contains(canonicalToken)) {
            return PLAN_WORD;
        }
        return COMMON_WORDS.contains(canonicalToken) ? COMMON_WORD : DISTINCTIVE;
    }
}
