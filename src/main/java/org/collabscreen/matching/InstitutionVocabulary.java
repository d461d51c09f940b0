package org.collabscreen.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Organisation words: abbreviations folded to one spelling, weighted low as they tell institutions apart poorly. */
final class InstitutionVocabulary implements Vocabulary {

    static final InstitutionVocabulary INSTANCE = new InstitutionVocabulary();

    private static final double FUNCTION_WORD = 0.1;
    private static final double ORGANISATION_WORD = 0.5;
    /** Heavier than organisation words: "University of Technology" and "of Science and Technology" differ. */
    private static final double SUBJECT_WORD = 0.8;

    private static final double NUMBER = 0.2;

    /** The shortest Russian adjective whose ending is read ({@link #withBgnShortI}): "novyj". */
    private static final int MIN_ADJECTIVE = 5;

    private static final Map<String, String> CANONICAL = canonicalSpellings();

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "of",
            "the",
            "and",
            // Italian and Portuguese "e"; the Persian ezafe, romanised apart ("Daneshgah-e", "Sanati-ye")
            "e",
            "ye",
            "for",
            "at",
            "in",
            "on",
            "de",
            "del",
            "della",
            "di",
            "da",
            "do",
            "du",
            "des",
            "la",
            "le",
            "el",
            "der",
            "und",
            "fur",
            "y",
            "et",
            "die",
            "imeni",
            "im",
            "formerly",
            "former");

    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "university",
            "institute",
            "academy",
            "college",
            "school",
            "laboratory",
            "center",
            "department",
            "faculty",
            "national",
            "company",
            "corporation",
            "limited",
            "group",
            "大学",
            "学院",
            "研究所",
            "研究院",
            "科学院");

    private static final Set<String> SUBJECT_WORDS =
            Set.of("science", "technology", "engineering", "research", "sciencetechnology");

    private InstitutionVocabulary() {}

    /** The shortest spelling of an organisation or subject word whose one-letter misspellings are read as it. */
    private static final int MIN_TYPO_SPELLING = 10;

    /** Misspelt organisation words ("Institue", "Universty") fold to the word, so they keep its low weight. */
    private static final VocabularyTypos TYPOS = new VocabularyTypos(known());

    /** Every word this vocabulary spells another way, or spells others as. */
    private static final Set<String> SPELT = spelt();

    /**
     * "University of Science and Technology" (科技大学) and "University of Technology" (理工大学, 工业大学) are different
     * kinds of Chinese university, so "Wuhan University of Science and Technology" is not Wuhan University of
     * Technology: "science and technology", in Spanish, French and German, and abbreviated ("Sci. Technol.") reads as
     * one subject word; not "Sci Technol &", an academy of sciences before its unit's words ("Acad Sci, Technol & Engn").
     */
    /**
     * The ministry a Russian institute answers to, named after its name ("… of the Ministry of Defence of the Russian
     * Federation", "… of the Russian Ministry of Defense", "… of the Russian MoD", "… Минобороны России", and "… MO RF",
     * МО РФ in Latin letters as the lists write it): who supervises it, not which institute it is, like a legal form.
     */
    private static final Pattern SUPERVISING_MINISTRY = Pattern.compile(
            "\\b(of )?(the )?(russian )?ministry of (defence|defense|science and higher education|industry and trade|health)"
                    + "( of (the )?(russia|russian federation))?\\b"
                    + "|\\b(of )?(the )?(russian |rf )mod\\b|\\b(of )?(the )?mod of (the )?(russia|russian federation|rf)\\b"
                    + "|\\b(minoborony|ministerstva oborony)( rossii| rossiyskoy federatsii)?\\b"
                    + "|\\bmo (rf|rossii)\\b");

    private static final Pattern SCIENTIFIC_RESEARCH_RU = Pattern.compile("\\bnauchno issledovatelsk[a-z]*");

    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    private static final Pattern COMPASS = Pattern.compile("\\b([eswn]) china\\b|\\b(ne|nw|se|sw)\\b");
    private static final Map<String, String> COMPASS_WORDS = Map.of(
            "e",
            "east",
            "s",
            "south",
            "w",
            "west",
            "n",
            "north",
            "ne",
            "northeast",
            "nw",
            "northwest",
            "se",
            "southeast",
            "sw",
            "southwest");

    /**
     * A compass word before "China" names a region, not the country: "East China University of Science and Technology"
     * is not the University of Science and Technology of China, nor "North China University of Technology" the North
     * University of China. The two words read as one distinctive word.
     */
    private static final Pattern REGION_OF_CHINA =
            Pattern.compile("\\b(east|west|south|north|northeast|northwest|southeast|southwest|central) china\\b");

    private static final Pattern SCIENCE_AND_TECHNOLOGY = Pattern.compile(
            "\\b(science|sciences|sci|ciencia|ciencias|wissenschaft|wissenschaften|scienza|scienze|nauki)"
                    + " (and|y|et|und|e|i) (technology|tech|technol|tecnologia|technologie|technologies|tekhnologiy"
                    + "|tekhnologii)\\b"
                    + "|\\bsci (tech|technol)\\b(?! and )");

    private static final String SCIENCE_TECHNOLOGY = "sciencetechnology";

    /**
     * The legal form that Russian state bodies put before their names (ФГБУН, ФГБОУ ВО, ФГУП: "Federal State Budgetary
     * Institution of Science …"; ФИЦ: "Federal Research Center …"): a legal form, like "Co., Ltd.", that other
     * renderings of the name leave out. So does "Scientific" before "Research" (научно-исследовательский is rendered
     * "Research" as often as "Scientific Research": the 48th Central Research Institute).
     */
    private static final Pattern RUSSIAN_LEGAL_FORM =
            Pattern.compile("^federal (state (budgetary |unitary |autonomous )?"
                    + "(educational |scientific )?(institution|enterprise)( of (science|higher education))*"
                    + "|research center|research centre) ");

    /**
     * The regional branches of the Russian Academy of Sciences, as its institutes abbreviate them ("SB RAS", "FEB RAS").
     */
    /**
     * "RAS" after an institute's name is the Russian Academy of Sciences, as the institutes write their affiliation
     * ("Boreskov Institute of Catalysis SB RAS"); alone it is an acronym, matched as acronyms are.
     */
    private static final Pattern RAS_AFTER_A_NAME = Pattern.compile(" ras\\b");

    /** "Nord-Ouest", "Nord-Ovest", "Nord-oest": French, Italian and Catalan write the compass name in two words. */
    private static final Pattern NORD_OUEST = Pattern.compile("\\bnord (?:ouest|ovest|oest)\\b");

    private static final Map<String, String> RAS_BRANCHES = Map.of(
            "sb ras", "siberian branch ras",
            "ub ras", "ural branch ras",
            "feb ras", "far east branch ras");

    /**
     * Compass names written in two words in French, Italian and Catalan ("Nord-Ouest", "Nord-Ovest") read as the one English word; the regional branches
     * of the Russian Academy of Sciences are spelt out; the words "named after" before an eponym are dropped, so the
     * eponym reads as a word beside the name, as in names that put it first ("Tatishchev Astrakhan State University").
     */
    @Override
    public String rewrite(String normalised) {
        String rewritten = TitleWordAbbreviations.spelt(
                normalised.contains("nord o") ? NORD_OUEST.matcher(normalised).replaceAll("northwestern") : normalised);
        if (rewritten.contains(" china") || rewritten.indexOf(' ') == 2) {
            // before initials are dropped: "E China" is no initial
            rewritten = compassSpeltOut(rewritten);
            rewritten = REGION_OF_CHINA.matcher(rewritten).replaceAll("$1china");
        }
        rewritten = Eponyms.withoutInitials(rewritten, false);
        if (rewritten.startsWith("federal ")) {
            String withoutForm = RUSSIAN_LEGAL_FORM.matcher(rewritten).replaceFirst("");
            rewritten = withoutForm.isBlank() ? rewritten : withoutForm;
        }
        if (rewritten.contains(" tec") || rewritten.contains(" tekh")) {
            rewritten = SCIENCE_AND_TECHNOLOGY.matcher(rewritten).replaceAll(SCIENCE_TECHNOLOGY);
        }
        if (rewritten.contains(" ras")) {
            for (Map.Entry<String, String> branch : RAS_BRANCHES.entrySet()) {
                rewritten = rewritten.replace(branch.getKey(), branch.getValue());
            }
            rewritten = RAS_AFTER_A_NAME.matcher(rewritten).replaceAll(" russian academy of sciences");
        }
        if (rewritten.contains("minist")
                || rewritten.contains("minoborony")
                || rewritten.contains(" mod")
                || rewritten.contains(" mo r")) {
            rewritten = SUPERVISING_MINISTRY.matcher(rewritten).replaceAll("").strip();
        }
        if (rewritten.contains("scientific research")) {
            rewritten = rewritten.replace("scientific research", "research");
        }
        if (rewritten.contains("nauchno issledovatelsk")) {
            // научно-исследовательский, "scientific research" in BGN/PCGN letters, in any of its cases
            rewritten = SCIENTIFIC_RESEARCH_RU.matcher(rewritten).replaceAll("research");
        }
        return rewritten;
    }

    /**
     * Clarivate's address abbreviations of compass words: one letter before "China" ("E China Univ Technol", "S China
     * Univ Technol"), two letters as a word ("NW Univ", "SW Jiaotong Univ"). A lone letter elsewhere is left alone: it
     * is a word of its own in other languages ("Scienza e Tecnologia").
     */
    private static String compassSpeltOut(String normalised) {
        Matcher matcher = COMPASS.matcher(normalised);
        if (!matcher.find()) {
            return normalised;
        }
        StringBuilder out = new StringBuilder(normalised.length() + 16);
        do {
            String word = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            matcher.appendReplacement(out, COMPASS_WORDS.get(word) + (matcher.group(1) != null ? " china" : ""));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public String canonical(String token) {
        String read = withBgnShortI(token);
        String canonical = CANONICAL.get(read);
        if (canonical != null) {
            return canonical;
        }
        if (!read.equals(token)) {
            return read;
        }
        if (!token.isEmpty()
                && Character.isDigit(token.charAt(0))
                && ORDINAL.matcher(token).matches()) {
            // "48th" and "48" number one unit alike ("48 ЦНИИ", "the 48th Central Research Institute")
            return token.substring(0, token.length() - 2);
        }
        return elided(token);
    }

    /**
     * Й at a word's end as BGN/PCGN writes it ("y"), where the scholarly and ISO 9 systems write "j" ("Moskovskij
     * fiziko-tekhnicheskij institut"): the Russian adjective endings -ij and -yj read as -iy and -yy.
     */
    private static String withBgnShortI(String token) {
        int n = token.length();
        if (n < MIN_ADJECTIVE
                || token.charAt(n - 1) != 'j'
                || (token.charAt(n - 2) != 'i' && token.charAt(n - 2) != 'y')) {
            return token;
        }
        return token.substring(0, n - 1) + 'y';
    }

    /**
     * A French word after an elided article or preposition, which the normaliser joins to it ("d'ingénierie" is
     * "dingenierie", "l'aéronautique" "laeronautique"): the word's own canonical spelling when the rest is a known word.
     */
    private static String elided(String token) {
        if (token.length() > 3 && (token.charAt(0) == 'd' || token.charAt(0) == 'l')) {
            String canonical = CANONICAL.get(token.substring(1));
            if (canonical != null) {
                return canonical;
            }
        }
        return token;
    }

    @Override
    public String correctTypo(String canonicalToken) {
        String corrected = TYPOS.correct(canonicalToken);
        return CANONICAL.getOrDefault(corrected, corrected);
    }

    /** Whether the word is one this vocabulary knows: a spelling it folds, a word it folds to, or a weighted word. */
    static boolean isKnown(String word) {
        return SPELT.contains(word)
                || FUNCTION_WORDS.contains(word)
                || ORGANISATION_WORDS.contains(word)
                || SUBJECT_WORDS.contains(word);
    }

    private static Set<String> spelt() {
        Set<String> words = new HashSet<>(CANONICAL.keySet());
        words.addAll(CANONICAL.values());
        return Set.copyOf(words);
    }

    /**
     * The organisation and subject words, and each long spelling that folds to one ("polytechnical", "laboratories"):
     * a long word misspelt by a letter ("Polytechnial") is still that word.
     */
    private static Set<String> known() {
        Set<String> words = new HashSet<>(ORGANISATION_WORDS);
        words.addAll(SUBJECT_WORDS);
        CANONICAL.forEach((spelling, word) -> {
            if (spelling.length() >= MIN_TYPO_SPELLING && words.contains(word)) {
                words.add(spelling);
            }
        });
        return words;
    }

    @Override
    public double weight(String canonicalToken) {
        if (FUNCTION_WORDS.contains(canonicalToken)) {
            return FUNCTION_WORD;
        }
        if (ORGANISATION_WORDS.contains(canonicalToken)) {
            return ORGANISATION_WORD;
        }
        if (SUBJECT_WORDS.contains(canonicalToken)) {
            return SUBJECT_WORD;
        }
        return Tokens.isNumeric(canonicalToken) ? NUMBER : DISTINCTIVE;
    }

    private static Map<String, String> canonicalSpellings() {
        Map<String, String> map = new HashMap<>();
        alias(
                map,
                "university",
                "univ",
                "universities",
                "universidad",
                "universidade",
                "universite",
                "universitat",
                "universita",
                "universiteit",
                "universitet",
                "hochschule",
                "daxue",
                "uni");
        alias(map, "institute", "inst", "institutes", "instituto", "institut", "istituto", "yanjiusuo");
        alias(
                map,
                "technology",
                "tech",
                "technol",
                "technologies",
                "technological",
                "tecnologia",
                "tecnologie",
                "tecnologias",
                "tecnologica",
                "technologie",
                "technische",
                "polytechnic",
                "polytechnical",
                "polytechnique",
                "polytechnische",
                "polytechnischen",
                "politecnica",
                "politecnico");
        alias(map, "academy", "acad", "academies", "academia", "academie", "akademie", "yanjiuyuan");
        alias(
                map,
                "science",
                "sci",
                "sciences",
                "scientific",
                "ciencias",
                "ciencia",
                "wissenschaften",
                "scienza",
                "scienze");
        alias(map, "chinese", "chinoise", "chinois", "chinesische", "chinesischen", "cinese", "chines", "chinesa");
        // Italian and Portuguese renderings (seventh round): China and its capitals as CLDR's territory names and
        // GeoNames' alternate names write them in French, Spanish, Italian, Portuguese and German
        alias(map, "china", "cina", "chine", "xina");
        alias(map, "nanjing", "nankin", "nanking", "nanchino", "nanquim", "nanquin");
        alias(map, "shanghai", "xangai", "sciangai");
        alias(map, "moscow", "mosca", "moscovo");
        alias(map, "military", "militaire", "militaires", "militar", "militares", "militare", "militari");
        // the People's Liberation Army as the French, Spanish, Italian and Portuguese editions of China's defence white
        // papers abbreviate it (State Council Information Office: APL, EPL, ELP)
        alias(map, "pla", "apl", "epl", "elp");
        // subject words and exonyms of French, Spanish and German renderings (GeoNames alternate names for places)
        alias(map, "physics", "physique", "physik", "fisica");
        alias(map, "engineering", "ingenierie", "ingenieria", "ingenieurwesen", "ingegneria");
        alias(map, "aeronautics", "aeronautique", "aeronautica", "luftfahrt", "aeronautical");
        alias(map, "astronautics", "astronautique", "astronautica", "raumfahrt", "astronautical");
        // the Persian and Arabic given name, in the romanisations universities named after Imam Hossein are written in
        alias(map, "hossein", "hosein", "hussein", "husain", "hussain", "husayn", "hosain");
        alias(map, "microelectronics", "microelectronique", "microelectronica", "mikroelektronik");
        alias(map, "optics", "optique", "optica", "optik");
        alias(
                map,
                "electronic",
                "electronique",
                "electronica",
                "electronicas",
                "electroniques",
                "elettronica",
                "elettroniche",
                "elettronico",
                "eletronica",
                "elektronik");
        alias(map, "chemistry", "chimie", "chemie", "quimica");
        // the adjectives of those subjects and organisation words in French, Spanish, Italian and German renderings
        // ("Dalian-Institut für Chemische Physik", "Universidad Técnica Estatal Bauman"); the English adjective
        // "chemical" folds to "chemistry" below, as Clarivate's "Chem" writes both
        alias(map, "chemistry", "chemische", "chemischen", "chimique", "chimiques", "quimico", "chimica");
        alias(map, "technical", "tecnica", "tecnico", "tecnicas", "tecnicos");
        alias(map, "acoustics", "acoustic", "acoustical", "acoustique", "akustik", "acustica");
        alias(map, "mathematics", "mathematiques", "mathematik", "matematicas");
        alias(map, "state", "etat", "detat", "staatliche", "staatlichen", "estatal");
        alias(map, "moscow", "moscou", "moskau", "moskauer", "moscu");
        alias(map, "beijing", "pekin", "peking", "pekinskiy", "pequim", "pechino", "pequin");
        // Russian organisation, subject and place words as the BGN/PCGN romanisation of a Cyrillic name writes them
        // (Romanisation.cyrillicInLatin), folded to the English words of the institutions' own English names
        alias(map, "university", "universiteta");
        alias(map, "institute", "instituta");
        alias(map, "academy", "akademiya", "akademii");
        alias(map, "science", "nauk", "nauki", "nauchnyy", "nauchnyi");
        alias(map, "state", "gosudarstvennyy", "gosudarstvennyi", "gosudarstvennogo");
        alias(map, "technical", "tekhnicheskiy", "tekhnicheskii");
        alias(map, "physical", "fizicheskiy", "fizicheskii");
        alias(map, "physics", "fiziki");
        alias(map, "semiconductors", "poluprovodnikov");
        alias(map, "national", "natsionalnyy", "natsionalnyi");
        alias(map, "research", "issledovatelskiy", "issledovatelskii");
        alias(map, "center", "tsentr");
        alias(map, "federal", "federalnyy", "federalnyi");
        alias(map, "higher", "vysshaya");
        alias(map, "school", "shkola");
        alias(map, "economics", "ekonomiki");
        alias(map, "russian", "rossiyskoy", "rossiyskaya", "rossiyskiy", "rossiyskii");
        alias(map, "russia", "rossii");
        // the subject words of Russian institutes' names, as BGN/PCGN writes them, folded to their English names' words
        alias(map, "catalysis", "kataliza");
        alias(map, "applied", "prikladnoy", "prikladnoi", "prikladnykh");
        alias(map, "mathematics", "matematiki");
        alias(map, "solid", "tverdogo");
        alias(map, "state", "tela");
        alias(map, "information", "informatsii");
        alias(map, "transmission", "peredachi");
        alias(map, "problems", "problem");
        alias(map, "chemistry", "khimii");
        alias(map, "bioorganic", "bioorganicheskoy");
        alias(map, "central", "tsentralnyy", "tsentralnyi");
        alias(map, "aviation", "aviatsionnogo", "aviatsionnyy", "aviatsii");
        alias(map, "motor", "motorostroyeniya");
        alias(map, "academicians", "akademikov");
        alias(map, "academician", "akademika");
        alias(map, "energy", "energiy", "energii");
        alias(map, "high", "vysokikh");
        // "Hi-Tech" as Chinese institutions' English names write High Technology ("Research Institute of Hi-Tech")
        alias(map, "high", "hi");
        alias(map, "electronic", "elektroniki", "electronics");
        alias(map, "radio", "radiotekhniki");
        alias(
                map,
                "technology",
                "politekhnicheskiy",
                "tekhnologiy",
                "tekhnologii",
                "tekhnologiya",
                "tekhnologicheskiy",
                "tekhnologicheskii");
        alias(map, "science", "nauchno");
        // Persian organisation words as the Library of Congress romanisation writes them (دانشگاه, پژوهشگاه, صنعتی,
        // علوم), the ezafe that joins them to the name written apart ("Daneshgah-e", "Sanati-ye")
        alias(map, "university", "daneshgah", "daneshgahe");
        alias(map, "institute", "pazhuheshgah", "pazhuheshkadeh");
        alias(map, "technology", "sanati", "sanatiye");
        alias(map, "science", "olum", "ulum");
        alias(map, "chinese", "kitayskaya", "kitayskiy");
        alias(map, "moscow", "moskovskiy", "moskva", "moskve");
        alias(map, "tomsk", "tomskiy", "tomskii", "tomskogo");
        alias(map, "first", "pervogo");
        alias(map, "president", "prezidenta");
        alias(map, "northwestern", "noroeste", "nordovest", "nordoest", "nordwestliche", "nordwestlichen");
        // the adjectives and nouns of "National University of Defense Technology" and "State Technical University" as
        // Romance and German news write them (the universities' names in those languages' Wikipedia articles)
        alias(map, "national", "nacional", "nationale", "nationalen", "nazionale", "nacionale");
        alias(map, "defense", "defensa", "defesa", "difesa", "verteidigung");
        alias(map, "state", "statale", "estatal", "estadual");
        alias(map, "technical", "technique", "tecnic", "tecnica", "tecnico");
        alias(map, "technology", "technischen");
        alias(map, "tehran", "teheran");
        alias(map, "engineering", "eng", "engg", "engn");
        // Web of Science address abbreviations (Clarivate's list of address abbreviations): how indexed papers print
        // affiliations ("Northwestern Polytech Univ, Sch Automat", "Nanjing Univ Aeronaut & Astronaut")
        alias(map, "technology", "polytech");
        alias(map, "school", "sch");
        alias(map, "aeronautics", "aeronaut");
        alias(map, "astronautics", "astronaut");
        alias(map, "research", "res");
        alias(map, "computational", "computat");
        alias(map, "international", "intl");
        alias(map, "physics", "phys");
        alias(map, "chemistry", "chem");
        alias(map, "mathematics", "math");
        alias(map, "information", "informat");
        alias(map, "automation", "automat");
        alias(map, "aerospace", "aerosp");
        alias(map, "aviation", "aviat");
        alias(map, "nuclear", "nucl");
        alias(map, "radiation", "radiat");
        alias(map, "bioengineering", "bioengn");
        alias(map, "acoustics", "acoust");
        alias(map, "processing", "proc");
        alias(map, "applied", "appl");
        alias(map, "military", "mil");
        alias(map, "optics", "opt");
        alias(map, "ministry", "minist");
        alias(map, "hospital", "hosp");
        alias(map, "medical", "med", "medicine");
        alias(map, "materials", "mat");
        // "Comp" abbreviates Computer and Computing alike ("Inst Comp Technol"), so the pair reads as one word, as
        // "Mech"
        // and "Chem" do below
        alias(map, "computer", "comp", "computing");
        alias(map, "communication", "commun");
        alias(map, "electronic", "elect");
        // Clarivate's "Mech", "Chem" and "Commun" abbreviate both words of each pair, so the pairs read as one word
        alias(map, "mechanical", "mech", "mechanics");
        alias(map, "chemistry", "chemical");
        // "Molecular and Cellular Biology" and "Molecular and Cell Biology" name one discipline
        alias(map, "cell", "cellular");
        alias(map, "communication", "communications");
        alias(map, "geosciences", "geosci", "geoscience");
        alias(map, "defense", "def", "defence");
        alias(map, "mining", "min");
        alias(map, "telecommunications", "telecommun", "telecommunication", "telecom");
        alias(map, "semiconductors", "semicond", "semiconductor");
        alias(map, "central", "cent");
        alias(map, "petroleum", "petr");
        alias(map, "systems", "syst");
        alias(map, "advanced", "adv");
        alias(map, "college", "coll");
        alias(map, "laboratory", "lab", "labs", "laboratories");
        alias(map, "center", "centre", "ctr", "centers", "centres");
        alias(map, "department", "dept");
        alias(map, "national", "natl", "nat");
        // legal forms of companies read as one word: the lists write "(Group) Co., Ltd." where others write
        // "Corporation", and Australian, US, German and British ones "Pty Ltd", "LLC", "GmbH", "plc"
        alias(
                map,
                "company",
                "co",
                "corporation",
                "corp",
                "inc",
                "incorporated",
                "pty",
                "proprietary",
                "llc",
                "gmbh",
                "plc");
        alias(map, "limited", "ltd");
        TitleWordAbbreviations.addTo(map);
        return Map.copyOf(map);
    }

    private static void alias(Map<String, String> map, String canonical, String... variants) {
        for (String variant : variants) {
            map.put(variant, canonical);
        }
    }
}
