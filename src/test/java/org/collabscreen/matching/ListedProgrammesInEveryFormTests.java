package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listed programme walked through how real text mentions it: its name without the scheme word and with another
 * head noun or a holder's word ("his … contract", "a … professorship"), its numbered and shortened forms ("1000 Plan",
 * "… Prog."), each sub-programme by its parent's name and its own qualifier, and its native names in both scripts, in
 * pinyin and in the partners' languages; against the same words used by convention for other things: a province's or
 * a city's own scheme that borrows a national name the lists do not give with that place, everyday phrases of
 * numbers and talents, the rivers and places a name shares a word with, and ranges written like "5-100". The forms
 * are generated from the seeded lists, not written case by case; the share resolving is printed.
 */
class ListedProgrammesInEveryFormTests {

    /**
     * The share of generated forms that must resolve: 0.904 (1639 of 1814) before issue 15's twenty-second round, 0.985
     * (1786 of 1814) after it. What is left: one-word names before another head noun ("his Kunpeng contract", "a
     * Peacock grant"), which name products, birds and firms as often, the 111 Project's pinyin with its number apart,
     * and a sub-programme's Korean name before a particle.
     */
    private static final double MIN_SHARE_RESOLVING = 0.98;

    /**
     * "cent talents à découvrir": a French infinitive after the talents is not read as a clause. Before issue 15's
     * twenty-second round 348 of the 433 forms matched a programme, nearly all a place's own scheme.
     */
    private static final int MAX_OTHER_THINGS_MATCHED = 1;

    private static final Set<String> SCHEME_WORDS =
            Set.of("plan", "program", "programme", "programs", "project", "award");

    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\([^)]*\\)");

    /** Words that say who runs a programme or where, written before its name ("Shanghai Pujiang", "CAS Hundred"). */
    private static final Set<String> SPONSOR_WORDS =
            Set.of("shanghai", "shenzhen", "guangdong", "cas", "national", "russian", "zhejiang");

    private static final List<String> NARRATIVE = List.of(
            "his %s contract",
            "a %s grant",
            "selected as a %s scholar",
            "%s Prog.",
            "%s Plan",
            "the %s scheme",
            "recipient of the %s award",
            "a %s professorship",
            "participated in the %s programme in 2016",
            "%s fellow, 2015-2018",
            "awarded a %s fellowship",
            "member of the %s Plan (2014)");

    private static final List<String> SUB_PROGRAMME =
            List.of("%s Plan (%s)", "%s Program, %s project", "selected for the %s Program (%s) in 2012");

    /** An acronym where the sentence is about taking part in a programme. */
    private static final List<String> ACRONYM =
            List.of("participated in %s from 2012 to 2015", "%s participant (2014)", "member of the %s");

    private static final List<String> HAN =
            List.of("入选%s", "%s入选者（2015年）", "获得%s资助", "“%s”特聘专家", "第十批%s入选者", "%s专家", "%s获得者");

    private static final List<String> PINYIN = List.of("selected for %s in 2013", "%s (2015)");

    private static final List<String> PARTNERS = List.of("%s (2016)", "%s, 2014–2017");

    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    private static final Transliterator TO_PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    @Test
    void resolvesEveryListedProgrammeInTheFormsTextWritesItIn() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        int total = 0;
        for (ProgrammeEntry programme : SeededProgrammes.SEEDED) {
            for (String input : forms(programme)) {
                total++;
                if (!resolvesTo(input, programme)) {
                    failures.computeIfAbsent(programme.name(), name -> new ArrayList<>())
                            .add(input);
                }
            }
        }
        int failed = failures.values().stream().mapToInt(List::size).sum();
        report("resolving", total, failed, failures);
        assertThat(total - failed).isGreaterThanOrEqualTo((int) Math.ceil(total * MIN_SHARE_RESOLVING));
    }

    @Test
    void resolvesEverySubProgrammeByItsParentsNameAndItsOwnQualifier() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        int total = 0;
        for (ProgrammeEntry sub : SeededProgrammes.SEEDED) {
            ProgrammeEntry parent = parentOf(sub);
            String qualifier = qualifier(sub);
            if (parent == null || qualifier == null) {
                continue;
            }
            for (String core : cores(parent)) {
                if (core.toLowerCase(Locale.ROOT).contains(qualifier.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (String template : SUB_PROGRAMME) {
                    String input = String.format(Locale.ROOT, template, core, qualifier);
                    total++;
                    List<NameMatch> found = SeededProgrammes.top(input);
                    if (found.isEmpty() || !found.get(0).id().equals(sub.id())) {
                        failures.computeIfAbsent(sub.name(), name -> new ArrayList<>())
                                .add(input);
                    }
                }
            }
        }
        int failed = failures.values().stream().mapToInt(List::size).sum();
        report("naming their sub-programme", total, failed, failures);
        assertThat(failures).isEmpty();
    }

    private static ProgrammeEntry parentOf(ProgrammeEntry sub) {
        return SeededProgrammes.SEEDED.stream()
                .filter(parent -> isSubProgrammeOf(sub, parent))
                .findFirst()
                .orElse(null);
    }

    /** What the sub-programme's name says it is for: its bracketed words, or its words after "for". */
    private static String qualifier(ProgrammeEntry sub) {
        java.util.regex.Matcher bracketed = Pattern.compile("\\(([^)]*)\\)").matcher(sub.name());
        if (bracketed.find()) {
            return bracketed.group(1);
        }
        int at = sub.name().indexOf(" for ");
        return at < 0 ? null : sub.name().substring(at + " for ".length());
    }

    @Test
    void resolvesNothingForTheSameWordsUsedForOtherThings() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        List<String> negatives = negatives();
        for (String input : negatives) {
            List<NameMatch> found = SeededProgrammes.top(input);
            if (!found.isEmpty()) {
                failures.computeIfAbsent(SeededProgrammes.namesOf(found.get(0)).get(0), name -> new ArrayList<>())
                        .add(input);
            }
        }
        int failed = failures.values().stream().mapToInt(List::size).sum();
        report("matching nothing", negatives.size(), failed, failures);
        assertThat(failed).isLessThanOrEqualTo(MAX_OTHER_THINGS_MATCHED);
    }

    private static void report(String what, int total, int failed, Map<String, List<String>> failures) {
        System.out.printf(Locale.ROOT, "listed programme forms %s: %d of %d%n", what, total - failed, total);
        failures.forEach((name, inputs) -> inputs.forEach(input -> System.out.println("  " + name + "  <-  " + input)));
    }

    private static boolean resolvesTo(String input, ProgrammeEntry programme) {
        List<NameMatch> found = SeededProgrammes.top(input);
        if (found.isEmpty()) {
            return false;
        }
        String id = found.get(0).id().toString();
        // a sub-programme counts for its parent, as the evaluation counts it
        return SeededProgrammes.SEEDED.stream()
                .filter(entry -> entry.id().toString().equals(id))
                .anyMatch(entry -> entry.equals(programme) || isSubProgrammeOf(entry, programme));
    }

    private static boolean isSubProgrammeOf(ProgrammeEntry sub, ProgrammeEntry parent) {
        return sub.code() != null && parent.code() != null && sub.code().startsWith(parent.code() + "-");
    }

    /** Every form of the programme the templates give. */
    static List<String> forms(ProgrammeEntry programme) {
        Set<String> forms = new LinkedHashSet<>();
        for (String core : cores(programme)) {
            for (String written : numbered(core)) {
                NARRATIVE.forEach(template -> forms.add(String.format(Locale.ROOT, template, written)));
            }
        }
        for (String name : TalentProgrammeMatcher.namesOf(programme)) {
            if (name.length() >= 2 && name.chars().allMatch(Character::isUpperCase)) {
                ACRONYM.forEach(template -> forms.add(String.format(Locale.ROOT, template, name)));
            } else if (isHan(name)) {
                for (String template : HAN) {
                    String simplified = String.format(Locale.ROOT, template, name);
                    forms.add(simplified);
                    forms.add(TRADITIONAL.transliterate(simplified));
                }
                // a number stands apart from the syllables, as pinyin text writes it ("111 jihua")
                String pinyin = TO_PINYIN.transliterate(name).replaceAll("(?<=\\d)(?=\\p{L})", " ");
                PINYIN.forEach(template -> forms.add(String.format(Locale.ROOT, template, pinyin)));
            } else if (isPartnersLanguage(name)) {
                PARTNERS.forEach(template -> forms.add(String.format(Locale.ROOT, template, name)));
                String sentence = sentenceOf(name);
                if (sentence != null) {
                    forms.add(String.format(Locale.ROOT, sentence, name));
                }
            } else if (!name.chars().allMatch(c -> c < 128)) {
                // Japanese, Korean, Vietnamese: the name and the year it was won, and a sentence of taking part
                forms.add(name + " (2015)");
                forms.add(String.format(Locale.ROOT, asianSentenceOf(name), name));
            }
        }
        return List.copyOf(forms);
    }

    /**
     * The programme's English names without their scheme word, at the start or the end, and again without a sponsor's
     * word before them; a one-word name as it is.
     */
    static Set<String> cores(ProgrammeEntry programme) {
        Set<String> cores = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(programme.name());
        names.addAll(programme.aliases());
        for (String name : names) {
            if (!name.chars().allMatch(c -> c < 128)) {
                continue;
            }
            if (PARENTHESISED.matcher(name).find() && parentOf(programme) != null) {
                // a sub-programme's bracketed words say which it is: without them its name is its sibling's too
                continue;
            }
            List<String> words = new ArrayList<>(
                    List.of(PARENTHESISED.matcher(name).replaceAll("").strip().split("\\s+")));
            if (words.size() == 1 && !words.get(0).equals(words.get(0).toUpperCase(Locale.ROOT))) {
                cores.add(words.get(0));
                continue;
            }
            if (SCHEME_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
                words.remove(words.size() - 1);
            } else if (SCHEME_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
            } else {
                continue;
            }
            if (words.isEmpty() || words.stream().anyMatch(word -> isSchemeOrFunctionWord(word))) {
                continue;
            }
            if (words.get(words.size() - 1).equals("Scholars")) {
                words.set(words.size() - 1, "Scholar");
            }
            cores.add(String.join(" ", words));
            if (words.size() > 1 && SPONSOR_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                cores.add(String.join(" ", words.subList(1, words.size())));
            }
        }
        return cores;
    }

    private static boolean isSchemeOrFunctionWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SCHEME_WORDS.contains(lower) || lower.equals("of") || lower.equals("for");
    }

    /** The core as written, and with its number written in figures ("1000 Talents", "10,000 Talents"). */
    private static List<String> numbered(String core) {
        List<String> written = new ArrayList<>(List.of(core));
        if (core.contains("Ten Thousand")) {
            written.add(core.replace("Ten Thousand", "10,000"));
        } else if (core.contains("Thousand")) {
            written.add(core.replace("Thousand", "1000"));
        } else if (core.contains("Hundred")) {
            written.add(core.replace("One Hundred", "Hundred").replace("Hundred", "100"));
        }
        return written;
    }

    private static boolean isHan(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && name.codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /** A name in a partner's language: Latin with letters beyond ASCII or a Romance or German head, or Cyrillic. */
    private static boolean isPartnersLanguage(String name) {
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return true;
        }
        if (name.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.COMMON)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.chars().allMatch(c -> c < 128)
                || List.of(
                                "programa",
                                "programme ",
                                "programme",
                                "programma",
                                "proyecto",
                                "projet",
                                "projekt",
                                "progetto",
                                "projeto",
                                "projecto",
                                "plan de",
                                "plan des",
                                "piano",
                                "plano",
                                "plan kunpeng")
                        .stream()
                        .anyMatch(lower::startsWith)
                || lower.endsWith("-programm")
                || lower.endsWith("-plan");
    }

    /** A sentence about taking part in the programme, in the language its name is written in; null if none is known. */
    private static String sentenceOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return "участник: %s, 2013";
        }
        if (lower.startsWith("programa") || lower.startsWith("proyecto") || lower.startsWith("plan de")) {
            return "participó en el %s en 2015";
        }
        if (lower.startsWith("programme") || lower.startsWith("projet") || lower.startsWith("plan des")) {
            return "lauréat du %s en 2014";
        }
        if (lower.startsWith("programma") || lower.startsWith("piano") || lower.startsWith("progetto")) {
            return "vincitore del %s nel 2016";
        }
        if (lower.startsWith("plano") || lower.startsWith("projeto") || lower.startsWith("projecto")) {
            return "participou do %s em 2012";
        }
        if (lower.endsWith("programm") || lower.endsWith("-plan") || lower.startsWith("projekt")) {
            return "Teilnahme am %s seit 2013";
        }
        return null;
    }

    private static String asianSentenceOf(String name) {
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
            return "%s에 선정됨";
        }
        if (name.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA)) {
            return "%sに選ばれた";
        }
        return "tham gia %s năm 2015";
    }

    /** The same words by convention for other things. */
    static List<String> negatives() {
        List<String> negatives = new ArrayList<>();
        List<String> places = List.of(
                "Jiangsu",
                "Shanxi",
                "Hubei",
                "Sichuan",
                "Fujian",
                "Shandong",
                "Henan",
                "Zhejiang",
                "Guangdong",
                "Shanghai",
                "Tianjin",
                "Wuhan",
                "Hangzhou",
                "Suzhou",
                "Nanjing",
                "Xiamen",
                "Shenzhen",
                "Chengdu");
        List<String> numbers = List.of("Hundred", "Thousand", "Ten Thousand");
        for (String place : places) {
            for (String number : numbers) {
                negatives.add(place + " " + number + " Talents Plan");
                negatives.add(place + " " + number + " Talents Program");
                negatives.add("selected for the " + place + " " + number + " Talents Program in 2017");
                negatives.add(number + " Talents Program of " + place + " Province");
                negatives.add(place + " Province's " + number + " Talents Plan");
            }
        }
        List<String> hanPlaces = List.of(
                "江苏省", "山西省", "湖北省", "四川省", "福建省", "山东省", "河南省", "浙江省", "天津市", "武汉市", "杭州市", "苏州市", "南京市", "厦门市", "深圳市",
                "成都市");
        for (String place : hanPlaces) {
            for (String number : List.of("百人计划", "千人计划", "万人计划")) {
                negatives.add(place + number);
                negatives.add("入选" + place + number);
            }
        }
        // provinces' and cities' literary names, which their own schemes are named with
        for (String place : List.of("Tianfu", "Qilu", "Sanqin", "Bamin", "Longjiang", "Gusu")) {
            for (String number : numbers) {
                negatives.add(place + " " + number + " Talents Plan");
            }
        }
        for (String place : List.of("天府", "齐鲁", "三秦", "八闽", "龙江", "姑苏")) {
            negatives.add(place + "千人计划");
            negatives.add(place + "万人计划");
        }
        // a county or district that shares a listed programme's word runs a scheme of its own
        for (ProgrammeEntry programme : SeededProgrammes.SEEDED) {
            for (String core : cores(programme)) {
                if (core.indexOf(' ') < 0 && core.chars().allMatch(Character::isLetter)) {
                    negatives.add(core + " County talent plan");
                    negatives.add(core + " District Talents Program");
                }
            }
        }
        negatives.addAll(List.of(
                "la empresa busca mil talentos para su expansión",
                "mil talentos jóvenes se graduaron este año",
                "cent talents à découvrir cet été",
                "mille talents de la région réunis au salon",
                "hundred talents who graduated this year",
                "a thousand talents showcased at the fair",
                "tausend Talente für die Region gesucht",
                "mille talenti italiani all'estero",
                "тысяча талантов из регионов на фестивале",
                "Changjiang River water quality survey",
                "Changjiang River Scientific Research Institute",
                "sediment transport in the Yangtze River estuary",
                "Yangtze River Delta urban agglomeration",
                "Pearl River Delta economic zone",
                "Yangtze River Delta Scholar",
                "Pearl River Basin Talent survey",
                "Pearl River estuary hydrodynamics",
                "Pearl River Water Resources Commission",
                "Huangpu River and Pujiang county flood records",
                "peacock feather structural colour",
                "Kunpeng 920 server chips",
                "Qiming Venture Partners",
                "spring light festival in the old town",
                "5-100 m sprint splits of junior athletes",
                "the 5-100 metre track times",
                "a 5-100 Hz vibration band",
                "doses of 5-100 mg/kg"));
        return negatives;
    }
}
