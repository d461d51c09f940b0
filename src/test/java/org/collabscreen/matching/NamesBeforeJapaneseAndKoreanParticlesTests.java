package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listed Chinese university written in Hangul (by its Chinese sound and Sino-Korean words) or in kanji, with a Korean
 * or Japanese particle and a sentence after it, declared in Korea or Japan, is the listed university; Korean and Japanese
 * universities written so are not.
 */
class NamesBeforeJapaneseAndKoreanParticlesTests {

    private static final RulebookSnapshot RULEBOOK = SeedRulebook.snapshot();

    /** Listed universities as Korean writes them: Chinese places by their sound, the rest by Sino-Korean words. */
    private static final Map<String, String> IN_HANGUL = Map.of(
            "하얼빈공업대학", "Harbin Institute of Technology",
            "하얼빈공정대학", "Harbin Engineering University",
            "베이징항공항천대학", "Beihang University",
            "베이징이공대학", "Beijing Institute of Technology",
            "난징항공항천대학", "Nanjing University of Aeronautics and Astronautics",
            "베이징대학", "Peking University",
            "서북공업대학", "Northwestern Polytechnical University",
            "중국과학기술대학", "University of Science and Technology of China");

    /** Listed universities as Japanese writes them, in kanji. */
    private static final Map<String, String> IN_KANJI = Map.of(
            "哈爾浜工業大学", "Harbin Institute of Technology",
            "北京航空航天大学", "Beihang University",
            "北京理工大学", "Beijing Institute of Technology",
            "南京航空航天大学", "Nanjing University of Aeronautics and Astronautics",
            "西北工業大学", "Northwestern Polytechnical University",
            "中国科学技術大学", "University of Science and Technology of China");

    private static final List<String> KOREAN_AFTER =
            List.of("과 공동연구 협약 체결", "와 공동연구를 진행", "의 연구진이 발표했다", "은 본교와 협약을 맺었다", "에서 온 방문단", "");

    private static final List<String> JAPANESE_AFTER =
            List.of("との共同研究について", "の研究グループ", "と本学の協定", "における研究成果", "は本学と協定を締結した");

    private static Optional<String> resolved(String text, String country) {
        return RULEBOOK.resolveInstitution(text, country)
                .map(InstitutionMatch::institution)
                .map(InstitutionRule::name);
    }

    @Test
    void readsListedUniversitiesBeforeKoreanAndJapaneseParticles() {
        List<String> missed = new ArrayList<>();
        IN_HANGUL.forEach((written, listed) -> KOREAN_AFTER.forEach(after -> {
            String text = written + (after.startsWith("과") || after.startsWith("와") ? joined(written, after) : after);
            if (!resolved(text, "KR").filter(listed::equals).isPresent()) {
                missed.add(text + " [KR] -> " + resolved(text, "KR").orElse(null));
            }
        }));
        IN_KANJI.forEach((written, listed) -> JAPANESE_AFTER.forEach(after -> {
            String text = written + after;
            if (!resolved(text, "JP").filter(listed::equals).isPresent()) {
                missed.add(text + " [JP] -> " + resolved(text, "JP").orElse(null));
            }
        }));
        assertThat(missed).isEmpty();
    }

    /** 과 after a final consonant, 와 after a vowel: the particle as Korean writes it after this name. */
    private static String joined(String name, String after) {
        char last = name.charAt(name.length() - 1);
        boolean finalConsonant = (last - 0xAC00) % 28 != 0;
        return (finalConsonant ? "과" : "와") + after.substring(1);
    }

    @Test
    void readsAParticleAfterAHangulNameAndKeepsTheSentenceUnread() {
        assertThat(KoreanNames.inHan("하얼빈공업대학과")).isEqualTo("哈尔滨工业大学,");
        assertThat(KoreanNames.inHan("칭화대학의 연구진")).isEqualTo("清华大学, 연구진");
        assertThat(KoreanNames.inHan("서울대학교의 연구진")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "서울대학교와 공동연구 협약 체결",
                "한국과학기술원의 연구진",
                "포항공과대학교에서 온 방문단",
                "東京大学との共同研究について",
                "東北大学の研究グループ",
                "大阪大学と本学の協定",
            })
    void koreanAndJapaneseUniversitiesMatchNothing(String text) {
        String country = Character.UnicodeScript.of(text.charAt(0)) == Character.UnicodeScript.HANGUL ? "KR" : "JP";
        assertThat(resolved(text, country)).isEmpty();
    }
}
