package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.collabscreen.rulebook.InstitutionMatch;
import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.seed.SeedRulebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed Iranian, Chinese and Russian bodies as Arabic writes them (جامعة or معهد and the name, Persian names and
 * Chinese and Russian places transliterated) are read in their English words; Arab universities, unlisted Iranian ones
 * and Persian text are not read so.
 */
class ArabicNamesTests {

    private static final RulebookSnapshot RULEBOOK = SeedRulebook.snapshot();

    /** Every listed Iranian body as Arabic renders it: the organisation word, then the name and its adjectives. */
    private static final Map<String, List<String>> IRANIAN = Map.ofEntries(
            Map.entry("Aerospace Research Institute", List.of("معهد أبحاث الفضاء الجوي")),
            Map.entry(
                    "Amirkabir University of Technology",
                    List.of("جامعة أمير كبير الصناعية", "جامعة أميركبير للتكنولوجيا")),
            Map.entry("Baqiyatallah University of Medical Sciences", List.of("جامعة بقية الله للعلوم الطبية")),
            Map.entry(
                    "Defence Industries Organization Training and Research Institute",
                    List.of("معهد التدريب والبحوث التابع لمنظمة الصناعات الدفاعية")),
            Map.entry(
                    "Explosion and Impact Technology Research Centre",
                    List.of("مركز أبحاث تكنولوجيا الانفجار والصدمة")),
            Map.entry("Imam Baqir University", List.of("جامعة الإمام الباقر")),
            Map.entry("Imam Hussein University", List.of("جامعة الإمام الحسين", "جامعة الإمام الحسين الشاملة")),
            Map.entry("Institute of Applied Physics", List.of("معهد الفيزياء التطبيقية")),
            Map.entry(
                    "Iranian Research Organization for Science and Technology",
                    List.of("المنظمة الإيرانية للبحوث العلمية والتكنولوجية")),
            Map.entry("Mabna Institute", List.of("معهد مبنا")),
            Map.entry("Malek Ashtar University", List.of("جامعة مالك الأشتر الصناعية", "جامعة مالك أشتر للتكنولوجيا")),
            Map.entry("Naval University of Imam Khomeini", List.of("جامعة الإمام الخميني البحرية")),
            Map.entry("Pasteur Institute of Iran", List.of("معهد باستور إيران", "معهد باستور في إيران")),
            Map.entry("Physics Research Center", List.of("مركز أبحاث الفيزياء", "مركز بحوث الفيزياء")),
            Map.entry("Shahid Beheshti University", List.of("جامعة الشهيد بهشتي", "جامعة شهيد بهشتي")),
            Map.entry("Shahid Sattari Air Force University", List.of("جامعة الشهيد ستاري للقوة الجوية")),
            Map.entry("Sharif University of Technology", List.of("جامعة شريف الصناعية", "جامعة شريف للتكنولوجيا")),
            Map.entry("Supreme National Defense University", List.of("جامعة الدفاع الوطني العليا")));

    private static Optional<String> resolved(String text, String country) {
        return RULEBOOK.resolveInstitution(text, country)
                .map(InstitutionMatch::institution)
                .map(InstitutionRule::name);
    }

    @Test
    void everyListedIranianBodyHasAnArabicRendering() {
        Set<String> listed = RULEBOOK.institutions().stream()
                .filter(rule -> "IR".equals(rule.country()))
                .map(InstitutionRule::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(IRANIAN.keySet())).isEqualTo(listed);
    }

    @Test
    void everyListedIranianBodyIsReadInArabicAloneWithItsCityAndUndeclared() {
        List<String> missed = new ArrayList<>();
        IRANIAN.forEach((name, renderings) -> {
            for (String arabic : renderings) {
                for (String text : List.of(arabic, arabic + "، طهران", arabic + " (إيران)")) {
                    for (String country : new String[] {"IR", null}) {
                        if (!resolved(text, country).filter(name::equals).isPresent()) {
                            missed.add(text + " [" + country + "] -> "
                                    + resolved(text, country).orElse(null));
                        }
                    }
                }
            }
        });
        assertThat(missed).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "جامعة بكين للطيران والفضاء | CN | Beihang University",
                "جامعة بيهانغ، بكين | CN | Beihang University",
                "جامعة تشينغهوا | CN | Tsinghua University",
                "جامعة تسينغ هوا، بكين، الصين | CN | Tsinghua University",
                "جامعة بكين | CN | Peking University",
                "معهد بكين للتكنولوجيا | CN | Beijing Institute of Technology",
                "معهد هاربين للتكنولوجيا | CN | Harbin Institute of Technology",
                "جامعة هاربين للهندسة | CN | Harbin Engineering University",
                "الجامعة الوطنية لتكنولوجيا الدفاع، تشانغشا | CN | National University of Defense Technology",
                "جامعة بكين للبريد والاتصالات | CN | Beijing University of Posts and Telecommunications",
                "معهد موسكو للفيزياء والتكنولوجيا | RU | Moscow Institute of Physics and Technology",
                "جامعة موسكو الحكومية | RU | Moscow State University",
                "جامعة باومان التقنية الحكومية في موسكو | RU | Bauman Moscow State Technical University",
            })
    void readsChineseAndRussianUniversitiesByTheirTransliteratedNames(String text, String country, String expected) {
        assertThat(resolved(text, country)).contains(expected);
        assertThat(resolved(text, null)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "جامعة الملك سعود | SA",
                "جامعة القاهرة | EG",
                "جامعة الملك عبد العزيز، جدة | SA",
                "جامعة طهران | IR",
                "جامعة الإمارات العربية المتحدة | AE",
                "معهد قطر لبحوث الحوسبة | QA",
                "الجامعة الأمريكية في بيروت | LB",
            })
    void universitiesOfArabCountriesAndUnlistedIranianOnesMatchNothing(String text, String country) {
        assertThat(resolved(text, country)).isEmpty();
        assertThat(resolved(text, null)).isEmpty();
    }

    @Test
    void leavesPersianAndTextsWithoutAnArabicOrganisationWordAlone() {
        assertThat(ArabicNames.inLatin("دانشگاه صنعتی شریف")).isNull();
        assertThat(ArabicNames.inLatin("دانشگاه صنعتي شريف")).isNull();
        assertThat(ArabicNames.inLatin("شريف الصناعية")).isNull();
        assertThat(ArabicNames.inLatin("مركز تحقيقات فيزيك")).isNull();
        assertThat(ArabicNames.inLatin("Sharif University")).isNull();
        assertThat(ArabicNames.inLatin("جامعة شريف الصناعية، طهران")).isEqualTo("university sharif technology, tehran");
        assertThat(ArabicNames.inLatin("معهد موسكو للفيزياء والتكنولوجيا"))
                .isEqualTo("institute moscow physics and technology");
    }

    @Test
    void readsATwoWordNameAfterAParticle() {
        assertThat(ArabicNames.inLatin("جامعة الإمام الحسين وبقية الله")).doesNotContain("بقية");
    }
}
