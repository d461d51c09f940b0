package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listed Chinese company or institution written phonetically in katakana or Hangul, as Japanese and Korean patent
 * offices write applicants, is found by its English name; Japanese and Korean bodies written so are not.
 */
class KatakanaAndHangulCompanyNamesTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<InstitutionEntry> SEEDED = SeedEntries.institutions();

    private static final InstitutionMatcher INSTITUTIONS = new InstitutionMatcher(SEEDED);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "テンセント・テクノロジー（シェンジェン）カンパニー・リミテッド | tencent technology （ shenzhen ） company limited",
                "비와이디 컴퍼니 리미티드 | byd company limited",
                "지티이 코포레이션 | zte corporation",
                "컨템포러리 엠퍼렉스 테크놀로지 씨오., 리미티드 | contemporary amperex technology co ., limited",
            })
    void readsLegalFormsBrandsAndPlacesInLatin(String written, String latin) {
        assertThat(PhoneticNames.inLatin(written)).isEqualTo(latin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ハルビン工業大学", "テンセントのクラウド", "삼성전자 주식회사", "Tencent Technology"})
    void leavesNamesWithOtherOrUnknownWordsUnread(String written) {
        assertThat(PhoneticNames.inLatin(written)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ハンジョウ・ハイクビジョン・デジタル・テクノロジー・カンパニー・リミテッド | hikvision",
                "항저우 하이크비전 디지털 테크놀로지 컴퍼니, 리미티드 | hikvision",
                "ゼットティーイー・コーポレーション | zte",
                "ベイジン・バイドゥ・ネットコム・サイエンス・テクノロジー・カンパニー・リミテッド | baidu",
                "テンセント テクノロジー シェンジェン カンパニー リミテッド | tencent",
                "ビーワイディー・カンパニー・リミテッド | byd",
                "보에 테크놀로지 그룹 컴퍼니 리미티드 | boe",
                "하얼빈공업대학교 재료과학공학원 | harbin institute of technology",
                "난징이공대학 화학공학과 | nanjing university of science and technology",
            })
    void findsAListedBodyWrittenPhonetically(String input, String expectedWord) {
        List<NameMatch> found = INSTITUTIONS.match(input, null, MIN_SCORE, 1);

        assertThat(found)
                .extracting(match -> nameOf(match.id()).toLowerCase(Locale.ROOT))
                .allMatch(name -> name.contains(expectedWord));
        assertThat(found).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ソニーグループ株式会社",
                "ソニー・グループ・コーポレーション",
                "삼성전자 주식회사",
                "한국과학기술원",
                "엘지 일렉트로닉스 인크",
                "トヨタ・モーター・コーポレーション",
                "パナソニック・ホールディングス",
                "서울대학교 공과대학",
            })
    void leavesJapaneseAndKoreanBodiesUnmatched(String input) {
        assertThat(INSTITUTIONS.match(input, null, MIN_SCORE, 1)).isEmpty();
    }

    /**
     * Every listed Chinese body with a Latin name, rendered word by word in katakana and in Hangul by the conventions
     * of phonetic-words.tsv, finds what its English name finds, wherever every word of it has a rendering.
     */
    @Test
    void findsEveryListedChineseNameRenderedInKatakanaAndHangul() throws IOException {
        Map<String, String> katakana = new HashMap<>();
        Map<String, String> hangul = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/matching/phonetic-words.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length != 4) {
                    continue;
                }
                Map<String, String> script =
                        Character.UnicodeScript.of(cells[0].charAt(0)) == Character.UnicodeScript.HANGUL
                                ? hangul
                                : katakana;
                script.putIfAbsent((cells[1].equals("letter") ? "#" : "") + cells[2], cells[0]);
            }
        }
        int listed = 0;
        int[] katakanaCounts = new int[2];
        int[] hangulCounts = new int[2];
        for (InstitutionEntry entry : SEEDED) {
            if (!"CN".equals(entry.country()) || !entry.name().matches("[\\p{ASCII}’]+")) {
                continue;
            }
            listed++;
            List<NameMatch> english = INSTITUTIONS.match(entry.name(), null, MIN_SCORE, 1);
            if (english.isEmpty()) {
                continue;
            }
            count(render(entry.name(), katakana, "・"), english.get(0).id(), katakanaCounts);
            count(render(entry.name(), hangul, " "), english.get(0).id(), hangulCounts);
        }
        System.out.printf(
                "of %d listed Chinese Latin names, phonetic renderings found: katakana %d of %d, hangul %d of %d%n",
                listed, katakanaCounts[1], katakanaCounts[0], hangulCounts[1], hangulCounts[0]);
        assertThat(katakanaCounts[0]).isGreaterThan(20);
        assertThat(hangulCounts[0]).isGreaterThan(20);
        assertThat(katakanaCounts[1]).isGreaterThanOrEqualTo(katakanaCounts[0] * 9 / 10);
        assertThat(hangulCounts[1]).isGreaterThanOrEqualTo(hangulCounts[0] * 9 / 10);
    }

    private static void count(String rendered, UUID expected, int[] counts) {
        if (rendered == null) {
            return;
        }
        counts[0]++;
        List<NameMatch> found = INSTITUTIONS.match(rendered, null, MIN_SCORE, 1);
        if (!found.isEmpty() && found.get(0).id().equals(expected)) {
            counts[1]++;
        } else {
            System.out.println("phonetic rendering not found: " + rendered);
        }
    }

    /** The name word by word in the script's renderings; acronyms spelt in letters; null when a word has none. */
    private static String render(String name, Map<String, String> script, String separator) {
        StringBuilder out = new StringBuilder();
        for (String word : name.replace("&", " and ")
                .replace(",", " ")
                .replace("(", " ")
                .replace(")", " ")
                .split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String key = FORMS.getOrDefault(word.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
            String rendered = script.get(key);
            if (rendered == null && word.matches("[A-Z]{2,5}")) {
                StringBuilder letters = new StringBuilder();
                for (char letter : key.toCharArray()) {
                    String spelt = script.get("#" + letter);
                    letters.append(spelt);
                }
                rendered = letters.toString();
            }
            if (rendered == null) {
                return null;
            }
            out.append(out.isEmpty() ? "" : separator).append(rendered);
        }
        return out.toString();
    }

    private static final Map<String, String> FORMS = Map.of(
            "co.", "company", "ltd.", "limited", "ltd", "limited", "inc.", "incorporated", "corp.", "corporation");

    private static String nameOf(UUID id) {
        return SEEDED.stream()
                .filter(entry -> entry.id().equals(id))
                .findFirst()
                .orElseThrow()
                .name();
    }
}
