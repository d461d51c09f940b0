package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names inside a news sentence written in Russian or Persian, read apart from the rest of the sentence so that the
 * partner's words and the verbs do not dilute a listed name's score ({@link NamesInNewsSentences} reads the Latin-script
 * languages).
 *
 * <p>Russian writes a name from a capitalised word (or «) through lower-case adjectives, nouns and genitives; a name
 * ends at a past-tense verb (подписал, открыли, договорились), at a preposition that places or joins (с, в, из) and
 * where и is followed by a capitalised word (the next name: "Новосибирский государственный университет и Институт
 * катализа"). A name after a preposition is inflected ("с Институтом катализа", "делегацию Пекинского университета"):
 * its leading adjectives and head noun are read once more in the nominative ({@link RussianNominative}).
 *
 * <p>Persian writes a name from an organisation word (دانشگاه, پژوهشگاه, …) to the next و followed by an organisation
 * word, or to a preposition or a word of the news (تفاهم‌نامه, امضا, میزبان, …). A Russian segment is read only when
 * it is a sentence (a verb, a preposition or an object outside the names): two names joined by и alone are an
 * affiliation's list, whose first name the other readings rank first.
 */
final class NamesInRussianAndPersianSentences {

    private static final Pattern WORD = Pattern.compile("[«\"„]?[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}.\\-‌»\"“]*");

    /**
     * A Russian verb in the past tense (подписал, подписали, договорились, провела, принял): a vowel before the л, so
     * nouns such as школа and отрасли are not taken for one; the nouns that do end so are {@link #NOUNS_LIKE_VERBS}.
     */
    private static final Pattern RUSSIAN_VERB =
            Pattern.compile("\\p{Ll}{2,}[аеёиуыя](?:л|ла|ло|ли|лся|лась|лись|лось)");

    /** Nouns of names that end as a past tense does ("Институт стали и сплавов", "филиала", "материала"). */
    private static final Set<String> NOUNS_LIKE_VERBS =
            Set.of("стали", "филиала", "материала", "сигнала", "канала", "персонала", "капитала", "генерала");

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)*");

    private static final Set<String> RUSSIAN_BREAKS = Set.of(
            "с",
            "со",
            "в",
            "во",
            "из",
            "на",
            "для",
            "о",
            "об",
            "по",
            "между",
            "от",
            "к",
            "ко",
            "у",
            "за",
            "а",
            "но",
            "совместно",
            "вместе");

    private static final Set<String> PERSIAN_ORGANISATIONS = Set.of(
            "دانشگاه",
            "پژوهشگاه",
            "پژوهشکده",
            "مؤسسه",
            "موسسه",
            "سازمان",
            "مرکز",
            "شرکت",
            "انستیتو",
            "دانشکده",
            "آکادمی",
            "فرهنگستان",
            "صنایع",
            "قرارگاه",
            "ستاد",
            "جهاد",
            "بنیاد",
            "پارک");

    private static final Set<String> PERSIAN_BREAKS = Set.of(
            "از",
            "با",
            "در",
            "به",
            "برای",
            "را",
            "که",
            "تا",
            "تفاهم‌نامه",
            "تفاهمنامه",
            "تفاهم",
            "قرارداد",
            "توافق‌نامه",
            "همکاری",
            "امضا",
            "هیئت",
            "هیات",
            "میزبان",
            "بازدید",
            "نشست",
            "برگزار",
            "کرد",
            "کردند",
            "شد",
            "شدند",
            "بود",
            "است",
            "هستند",
            "میان",
            "بین",
            "آغاز",
            "مشترک");

    private static final int MIN_WORDS = 4;
    private static final int MAX_NAMES = 6;
    private static final int MAX_SCANNED = 400;

    private NamesInRussianAndPersianSentences() {}

    /** The names read in a Russian or Persian segment as written (Cyrillic or Arabic script); empty otherwise. */
    static List<String> of(String segment) {
        String text = segment.length() > MAX_SCANNED ? segment.substring(0, MAX_SCANNED) : segment;
        if (Romanisation.holdsCyrillic(text)) {
            return russian(words(text));
        }
        if (Scripts.contains(text, Character.UnicodeScript.ARABIC)) {
            return persian(words(text));
        }
        return List.of();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** A preposition opening the sentence ("С Институтом …"), not an abbreviation written in capitals ("СО РАН"). */
    private static boolean openingBreak(String word, String lower) {
        return RUSSIAN_BREAKS.contains(lower) && word.substring(1).equals(lower.substring(1));
    }

    private static List<String> russian(List<String> words) {
        List<String> names = new ArrayList<>();
        if (words.size() < MIN_WORDS) {
            return names;
        }
        List<String> run = new ArrayList<>();
        boolean inflected = false;
        boolean afterBreak = false;
        boolean sentence = false;
        for (int i = 0; i < words.size() && names.size() < MAX_NAMES; i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean starts = Character.isUpperCase(word.charAt(0)) || word.charAt(0) == '«';
            boolean next = i + 1 < words.size() && startsName(words.get(i + 1));
            boolean verb = RUSSIAN_VERB.matcher(lower).matches() && !NOUNS_LIKE_VERBS.contains(lower);
            if (verb && !starts
                    || RUSSIAN_BREAKS.contains(word)
                    || i == 0 && openingBreak(word, lower)
                    || lower.equals("и") && next) {
                sentence |= !lower.equals("и");
                addRussian(run, inflected, names);
                run.clear();
                afterBreak = !lower.equals("и") || afterBreak;
                continue;
            }
            if (run.isEmpty() && !starts) {
                // a lower-case word outside a name: the object of a verb ("делегацию", "меморандум")
                afterBreak = true;
                sentence = true;
                continue;
            }
            if (run.isEmpty()) {
                inflected = afterBreak;
            }
            run.add(word);
        }
        addRussian(run, inflected, names);
        // two names joined by и without a verb are an affiliation's list, read in the order written elsewhere
        return sentence ? names : List.of();
    }

    /** A word that begins a name; an initial does not ("им. академиков М. М. Шемякина и Ю. А. Овчинникова"). */
    private static boolean startsName(String word) {
        return (Character.isUpperCase(word.charAt(0)) || word.charAt(0) == '«')
                && !INITIAL.matcher(word).matches();
    }

    private static void addRussian(List<String> run, boolean inflected, List<String> names) {
        if (run.isEmpty()) {
            return;
        }
        String written = String.join(" ", run);
        names.add(written);
        String nominative = inflected ? RussianNominative.of(run) : written;
        if (!nominative.equals(written)) {
            names.add(nominative);
        }
    }

    private static List<String> persian(List<String> words) {
        List<String> names = new ArrayList<>();
        if (words.size() < MIN_WORDS) {
            return names;
        }
        List<String> run = new ArrayList<>();
        for (int i = 0; i < words.size() && names.size() < MAX_NAMES; i++) {
            String word = words.get(i);
            boolean organisation = PERSIAN_ORGANISATIONS.contains(word);
            boolean joinsNames =
                    word.equals("و") && i + 1 < words.size() && PERSIAN_ORGANISATIONS.contains(words.get(i + 1));
            if (PERSIAN_BREAKS.contains(word) || joinsNames) {
                addPersian(run, names);
                run.clear();
                continue;
            }
            if (run.isEmpty() && !organisation) {
                continue;
            }
            run.add(word);
        }
        addPersian(run, names);
        return names;
    }

    private static void addPersian(List<String> run, List<String> names) {
        if (run.size() >= 2) {
            names.add(String.join(" ", run));
        }
    }
}
