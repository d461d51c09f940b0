package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listed mainland body's Han name, written whole in Traditional or Simplified script with a unit, a sentence or
 * Japanese kana after it, is reported when the text is declared in Taiwan, Hong Kong, Macau or Japan; the universities
 * of Taiwan and Japan that share a mainland name stay unmatched when written as they write themselves.
 */
class HanNamesOutsideTheirCountryTests {

    private static final RulebookSnapshot RULEBOOK = SeedRulebook.snapshot();
    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    /** What follows a Traditional name in Taiwan and Hong Kong: a unit, a sentence. */
    private static final List<String> AFTER_A_TRADITIONAL_NAME = List.of("材料科學與工程學院", "與本校簽署學術交流協議");

    /** What follows a name in Japanese and in Macau's Simplified text: particles and a sentence, a unit. */
    private static final List<String> AFTER_A_SIMPLIFIED_NAME = List.of("との共同研究に関するお知らせ", "における実験について", " 电子工程系");

    private static Optional<String> resolved(String text, String country) {
        return RULEBOOK.resolveInstitution(text, country)
                .map(InstitutionMatch::institution)
                .map(InstitutionRule::name);
    }

    /**
     * Every listed mainland body's Han names of four characters or more, units' names (a unit named by its subject or
     * region alone is left to its parent) and names of universities elsewhere aside, that its bare Traditional form
     * already names declared in Taiwan.
     */
    private static List<String[]> hanNamesNamedBare() {
        List<String[]> named = new ArrayList<>();
        for (InstitutionRule rule : RULEBOOK.institutions()) {
            if (!"CN".equals(rule.country())) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>(rule.aliases());
            names.addAll(OtherNames.INSTITUTIONS.of(rule.name()));
            for (String name : names) {
                String traditional = TRADITIONAL.transliterate(name);
                if (name.length() >= 4
                        && name.codePoints()
                                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        && !HanUnits.isUnitName(NameNormaliser.foldScript(name))
                        && !HanNamesOutsideTheirCountry.namesAUniversityElsewhere(NameNormaliser.foldScript(name))
                        && resolved(traditional, "TW")
                                .filter(rule.name()::equals)
                                .isPresent()) {
                    named.add(new String[] {rule.name(), name, traditional});
                }
            }
        }
        return named;
    }

    @Test
    void everyListedMainlandHanNameIsReportedWithAUnitOrASentenceAfterIt() {
        List<String[]> names = hanNamesNamedBare();
        assertThat(names).as("listed Han names that name their body bare").hasSizeGreaterThan(200);
        List<String> missed = new ArrayList<>();
        int tried = 0;
        int namedInChina = 0;
        for (String[] name : names) {
            for (String after : AFTER_A_TRADITIONAL_NAME) {
                for (String country : List.of("TW", "HK")) {
                    tried++;
                    namedInChina += expect(name[0], name[2] + after, country, missed) ? 1 : 0;
                }
            }
            for (String after : AFTER_A_SIMPLIFIED_NAME) {
                for (String country : List.of("JP", "MO")) {
                    tried++;
                    namedInChina += expect(name[0], name[1] + after, country, missed) ? 1 : 0;
                }
            }
        }
        assertThat(namedInChina)
                .as("texts naming their body in China, of %d", tried)
                .isGreaterThan(tried * 99 / 100);
        assertThat(missed).as("of %d texts", tried).isEmpty();
    }

    /**
     * A text counts as missed when it names its body in China and not in the other country: the few that miss in China
     * too (a name with Han numerals, 中核四〇四有限公司, before a unit) are no question of the declared country.
     */
    private static boolean expect(String listed, String text, String country, List<String> missed) {
        boolean inChina = resolved(text, "CN").filter(listed::equals).isPresent();
        if (inChina && !resolved(text, country).filter(listed::equals).isPresent()) {
            missed.add(text + " [" + country + "] -> " + resolved(text, country).orElse(null));
        }
        return inChina;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "國立清華大學材料科學工程學系 | TW",
                "清華大學電機工程學系 | TW",
                "國立中山大學海洋科學系 | TW",
                "中山大學與本校簽署學術交流協議 | TW",
                "國立交通大學電子研究所 | TW",
                "東吳大學法學院 | TW",
                "東北大学大学院工学研究科 | JP",
                "東北大学との共同研究 | JP",
                "中央大学理工学部 | JP",
                "東京大学との共同研究について | JP",
                "國立臺灣大學與本校簽署協議 | TW",
                "香港中文大學工程學院 | HK",
            })
    void universitiesOfTaiwanAndJapanSharingAMainlandNameMatchNothing(String text, String country) {
        assertThat(resolved(text, country)).isEmpty();
    }

    @Test
    void aNameOfAUniversityElsewhereIsNotReadAsFoundWhole() {
        NameMatch tsinghua = new NameMatch(
                null, 0.97, "清华大学", List.of(MatchMethod.EXACT.description(), "affiliation reduced to \"清华大学\""));
        NameMatch hit = new NameMatch(null, 0.97, "哈尔滨工业大学", tsinghua.transformations());
        NameMatch fuzzy = new NameMatch(null, 0.95, "哈尔滨工业大学", List.of(MatchMethod.FUZZY.description()));
        assertThat(HanNamesOutsideTheirCountry.foundWhole(tsinghua)).isFalse();
        assertThat(HanNamesOutsideTheirCountry.foundWhole(hit)).isTrue();
        assertThat(HanNamesOutsideTheirCountry.foundWhole(fuzzy)).isFalse();
    }
}
