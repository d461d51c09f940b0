package org.collabscreen.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listed body's Russian, Persian and Chinese names (the rulebook's aliases and other-names.tsv), each inside news
 * sentence frames of its language beside an unlisted partner, in both orders, the Russian name also inflected after a
 * preposition or a verb (instrumental, genitive): each sentence must resolve to what the name alone resolves to
 * ({@link NamesInRussianAndPersianSentences}, {@link RussianNominative}). Sentences naming only unlisted bodies match
 * nothing.
 */
class ListedBodiesInRussianPersianChineseNewsTests {

    private static final RulebookSnapshot RULEBOOK = SeedRulebook.snapshot();

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern ARABIC = Pattern.compile("\\p{IsArabic}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** {N} the name as written (nominative), {I} in the instrumental, {G} in the genitive. */
    private static final List<String> RUSSIAN = List.of(
            "{N} подписал соглашение о сотрудничестве с Белградским университетом",
            "Университет Коимбры и {N} подписали меморандум о взаимопонимании",
            "{N} и Технический университет Дельфта открыли совместный научный центр",
            "Университет Гренобля подписал договор с {I}",
            "Ректор Университета Барселоны принял делегацию {G}");

    private static final List<String> PERSIAN = List.of(
            "{N} و دانشگاه بلگراد تفاهم‌نامه همکاری امضا کردند",
            "دانشگاه کوئیمبرا و {N} تفاهم‌نامه همکاری علمی امضا کردند",
            "{N} میزبان هیئت دانشگاه گرونوبل بود");

    private static final List<String> CHINESE =
            List.of("{N}与葡萄牙科英布拉大学签署合作协议", "塞尔维亚贝尔格莱德大学与{N}签署联合培养协议", "{N}、荷兰代尔夫特理工大学联合举办学术研讨会", "{N}代表团访问法国格勒诺布尔大学");

    private static final List<String> UNLISTED_ONLY = List.of(
            "Белградский университет и Университет Коимбры подписали соглашение о сотрудничестве",
            "ИПФ РАН и Технический университет Дельфта открыли совместную лабораторию",
            "Институт русской литературы РАН принял делегацию Университета Барселоны",
            "Университет Гренобля подписал договор с Институтом русской литературы РАН",
            "دانشگاه بلگراد و دانشگاه کوئیمبرا تفاهم‌نامه همکاری امضا کردند",
            "塞尔维亚贝尔格莱德大学与葡萄牙科英布拉大学签署合作协议");

    @Test
    void listedBodiesInRussianPersianAndChineseNewsResolveToTheirEntry() throws IOException {
        Map<String, Integer> cases = new LinkedHashMap<>();
        Map<String, List<String>> missed = new LinkedHashMap<>();
        for (String name : nativeNames()) {
            String country =
                    CYRILLIC.matcher(name).find() ? "RU" : ARABIC.matcher(name).find() ? "IR" : "CN";
            Optional<String> alone = resolved(name, country);
            if (alone.isEmpty()) {
                continue;
            }
            List<String> frames = country.equals("RU") ? RUSSIAN : country.equals("IR") ? PERSIAN : CHINESE;
            for (String frame : frames) {
                String sentence = frame.replace("{N}", name)
                        .replace("{I}", RussianCases.instrumental(name))
                        .replace("{G}", RussianCases.genitive(name));
                for (String declared : new String[] {country, null}) {
                    cases.merge(country, 1, Integer::sum);
                    String found = resolved(sentence, declared).orElse("");
                    if (!found.equals(alone.get())) {
                        missed.computeIfAbsent(country, key -> new ArrayList<>())
                                .add(sentence + " [" + declared + "] -> " + found + " (want " + alone.get() + ")");
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> language : cases.entrySet()) {
            List<String> languageMissed = missed.getOrDefault(language.getKey(), List.of());
            assertThat(languageMissed.size())
                    .as("%s missed of %d: %s", language.getKey(), language.getValue(), languageMissed)
                    .isLessThanOrEqualTo(language.getValue() * MAX_MISSED_PERCENT.get(language.getKey()) / 100);
        }
    }

    /**
     * The share of each language's sentences that may still be missed: names cut by their own commas, Persian names
     * without an organisation word first (پلی‌تکنیک تهران), units of the Academy read as the Academy.
     */
    private static final Map<String, Integer> MAX_MISSED_PERCENT = Map.of("RU", 6, "IR", 12, "CN", 4);

    @Test
    void sentencesNamingOnlyUnlistedBodiesMatchNothing() {
        for (String sentence : UNLISTED_ONLY) {
            assertThat(resolved(sentence, null)).as(sentence).isEmpty();
            String country = CYRILLIC.matcher(sentence).find()
                    ? "RU"
                    : ARABIC.matcher(sentence).find() ? "IR" : "CN";
            assertThat(resolved(sentence, country)).as(sentence).isEmpty();
        }
    }

    /** The Russian, Persian and Chinese names the rulebook's aliases and other-names.tsv give, of two words or more. */
    private static List<String> nativeNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : lines("/matching/other-names.tsv")) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && fields.length >= 2) {
                names.add(fields[1].strip());
            }
        }
        for (String line : lines("/rulebook-seed/key_institutions_aliases.csv")) {
            for (String field : line.split(",")) {
                for (String alias : field.split("\\|")) {
                    names.add(alias.strip());
                }
            }
        }
        return names.stream()
                .filter(name -> CYRILLIC.matcher(name).find() && name.contains(" ")
                        || ARABIC.matcher(name).find() && name.contains(" ")
                        || HAN.matcher(name).find() && name.length() >= 4 && !name.contains(" "))
                .distinct()
                .toList();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = ListedBodiesInRussianPersianChineseNewsTests.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    private static Optional<String> resolved(String sentence, String country) {
        return RULEBOOK.resolveInstitution(sentence, country)
                .map(InstitutionMatch::institution)
                .map(institution -> institution.name());
    }

    /** A Russian name put in the instrumental or genitive: its leading adjectives and its head noun. */
    private static final class RussianCases {

        private static String instrumental(String name) {
            return inflected(name, true);
        }

        private static String genitive(String name) {
            return inflected(name, false);
        }

        private static String inflected(String name, boolean instrumental) {
            String[] words = name.split(" ");
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                if (word.equals(word.toUpperCase()) || word.startsWith("«")) {
                    break;
                }
                String lower = word.toLowerCase();
                if (lower.endsWith("ый") || lower.endsWith("ий") || lower.endsWith("ой")) {
                    boolean soft = lower.endsWith("ий") && !lower.matches(".*[кгхжшчщ]ий");
                    String stem = word.substring(0, word.length() - 2);
                    words[i] = stem
                            + (instrumental
                                    ? (lower.endsWith("ый") || lower.endsWith("ой") ? "ым" : "им")
                                    : soft ? "его" : "ого");
                    continue;
                }
                if (lower.endsWith("ая")) {
                    words[i] = word.substring(0, word.length() - 2) + "ой";
                    continue;
                }
                if (lower.endsWith("ия")) {
                    words[i] = word.substring(0, word.length() - 2) + (instrumental ? "ией" : "ии");
                } else if (lower.endsWith("а")) {
                    words[i] = word.substring(0, word.length() - 1) + (instrumental ? "ой" : "ы");
                } else if (lower.matches(".*[бвгдзклмнпрстфхцж]")) {
                    words[i] = word + (instrumental ? "ом" : "а");
                }
                break;
            }
            return String.join(" ", words);
        }
    }
}
