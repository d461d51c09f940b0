package org.collabscreen.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's sixth round: other public names of listed institutions (Chinese legal names, Persian names, former names,
 * Japanese renderings) and programmes (Chinese names of sub-programmes), eponyms and Russian acronyms, Web of Science
 * abbreviations, PLA prefixes, Han names parted by a space, French elisions, a sub-unit named at another institution,
 * a unit or campus named after its parent, and programme names quoted inside Chinese phrases.
 */
class NamesInEveryScriptTests {

    private static final double MIN_SCORE = 0.8;
    private static final List<ProgrammeEntry> PROGRAMMES = SeedEntries.programmes();

    private final TalentProgrammeMatcher programmes = new TalentProgrammeMatcher(PROGRAMMES);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "宁德时代 | CN | Contemporary Amperex Technology Co., Ltd.",
                "上海移远通信技术股份有限公司，上海 | CN | Quectel Wireless Solutions Co., Ltd.",
                "دانشگاه صنعتی امیرکبیر، تهران | IR | Amirkabir University of Technology",
                "南京航空学院 | CN | Nanjing University of Aeronautics and Astronautics",
                "ハルビン工程大学 | CN | Harbin Engineering University",
                "中国科学院国家授时中心，西安 | CN | Chinese Academy of Sciences – National Time Service Center",
            })
    void resolvesOtherPublicNamesOfListedInstitutions(String input, String country, String expected) {
        assertThat(best(input, country)).isEqualTo(expected);
    }

    @Test
    void everyOtherNameIsFiledUnderAListedNameAndNamesNoOtherEntry() {
        Map<String, UUID> owners = new HashMap<>();
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            owners.put(NameNormaliser.normalise(entry.name()), entry.id());
            entry.aliases().forEach(alias -> owners.putIfAbsent(NameNormaliser.normalise(alias), entry.id()));
        }
        int filed = 0;
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            for (String other : OtherNames.INSTITUTIONS.of(entry.name())) {
                filed++;
                UUID owner = owners.get(NameNormaliser.normalise(other));
                assertThat(owner).as(other).isIn(null, entry.id());
            }
        }
        assertThat(filed).as("other names filed under a seeded entry's name").isEqualTo(OtherNames.INSTITUTIONS.size());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "moskovskiy universitet imeni m v lomonosova | true | moskovskiy universitet lomonosov",
                "universitet im n i lobachevskogo | true | universitet lobachevsky",
                "institut imeni akademikov m m shemyakina i yu a ovchinnikova | true | institut akademikov shemyakin ovchinnikov",
                "a a kharkevich institute | false | kharkevich institute",
                "institute of physics named after p n lebedev | false | institute of physics lebedev",
                "yu lab of physics | false | yu lab of physics",
                "institute of physics | false | institute of physics",
            })
    void dropsTheInitialsOfAnEponym(String normalised, boolean genitive, String expected) {
        assertThat(Eponyms.withoutInitials(normalised, genitive)).isEqualTo(expected);
    }

    @Test
    void readsARussianSurnameInTheNominative() {
        assertThat(Eponyms.nominative("baumana")).isEqualTo("bauman");
        assertThat(Eponyms.nominative("keldysha")).isEqualTo("keldysh");
        assertThat(Eponyms.nominative("lobachevskogo")).isEqualTo("lobachevsky");
        assertThat(Eponyms.nominative("yeltsina")).isEqualTo("yeltsin");
        assertThat(Eponyms.nominative("gorkiy")).isEqualTo("gorkiy");
        assertThat(Eponyms.withoutEponym("institut fiziki imeni yu a osipyana ran"))
                .isEqualTo("institut fiziki ran");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Институт прикладной математики имени М. В. Келдыша | RU | Keldysh Institute of Applied Mathematics",
                "Физический институт имени П. Н. Лебедева | RU | P.N. Lebedev Physical Institute of the Russian Academy of Sciences",
                "Томский политехнический университет, Томск | RU | Tomsk Polytechnic University",
                "МАИ, Москва | RU | Moscow Aviation Institute",
                "МГТУ им. Н. Э. Баумана, кафедра СМ-1 | RU | Bauman Moscow State Technical University",
            })
    void resolvesRussianNamesWithEponymsAndAcronyms(String input, String country, String expected) {
        assertThat(best(input, country)).isEqualTo(expected);
    }

    @Test
    void spellsOutKnownRussianAcronymsOnly() {
        assertThat(RussianAcronyms.spelt("МАИ, Москва")).isEqualTo("Московский авиационный институт, Москва");
        assertThat(RussianAcronyms.spelt("ЦИАМ-ТЕСТ")).startsWith("Центральный институт авиационного моторостроения-");
        assertThat(RussianAcronyms.spelt("ООО «Ромашка»")).isEqualTo("ООО «Ромашка»");
    }

    @Test
    void readsAListedNameWithoutTheRussianLegalForm() {
        assertThat(best(
                        "Institute of Bioorganic Chemistry named after Academicians M.M. Shemyakin and Yu.A. Ovchinnikov,"
                                + " Russian Academy of Sciences, Moscow",
                        "RU"))
                .startsWith("Federal State Budgetary Institution of Science Institute of Bioorganic Chemistry");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Beijing Univ Aeronaut & Astronaut, Sch Mat Sci & Engn, Beijing | CN | Beihang University",
                "Northwestern Polytech Univ, Sch Mech Engn, Xian | CN | Northwestern Polytechnical University",
                "北航 材料科学与工程学院 | CN | Beihang University",
                "海军大连舰艇学院 航海系 | CN | Dalian Naval Academy",
                "Universidad de Ingeniería de Harbin | | Harbin Engineering University",
            })
    void resolvesAbbreviatedPrefixedAndElidedNames(String input, String country, String expected) {
        assertThat(best(input, country == null || country.isBlank() ? null : country))
                .isEqualTo(expected);
    }

    @Test
    void readsAFrenchWordAfterAnElision() {
        Vocabulary vocabulary = InstitutionVocabulary.INSTANCE;
        assertThat(vocabulary.canonical("dingenierie")).isEqualTo("engineering");
        assertThat(vocabulary.canonical("laeronautique")).isEqualTo("aeronautics");
        assertThat(vocabulary.canonical("dalian")).isEqualTo("dalian");
    }

    @ParameterizedTest
    @ValueSource(strings = {"国防大学", "外国语学院", "南京信息工程大学", "U.S. Army Research Laboratory"})
    void aGenericRemainderOrInitialsMatchNothing(String input) {
        assertThat(SeededInstitutions.MATCHER.match(input, "TW", SeededInstitutions.MIN_SCORE, 1))
                .isEmpty();
        assertThat(MilitaryPrefixes.shorterNames("中国人民解放军国防大学")).isEmpty();
    }

    @Test
    void aUnitWhoseParentTheInputDoesNotNameRanksBelowTheInstitutionItNames() {
        assertThat(best("Institute of Acoustics, Peking University, Beijing", "CN"))
                .isEqualTo("Peking University");
        assertThat(best("Institute of Acoustics, Chinese Academy of Sciences, Beijing", "CN"))
                .isEqualTo("Institute of Acoustics");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "中国工程物理研究院激光聚变研究中心 | CN | Laser Fusion Research Center",
                "中科院半导体所 | CN | Institute of Semiconductors",
                "中国科学院半导体研究所，北京 | CN | Institute of Semiconductors",
                "哈工大（威海）船舶与海洋工程学院 | CN | Harbin Institute of Technology (Weihai)",
                "School of Computing, Harbin Inst. of Technology (Shenzhen), Shenzhen | CN | Harbin Institute of Technology (Shenzhen)",
            })
    void readsTheUnitOrCampusNamedAfterItsParent(String input, String country, String expected) {
        assertThat(best(input, country)).isEqualTo(expected);
    }

    @Test
    void aHanNameAfterAnotherParentIsNotTheAcademysUnit() {
        assertThat(best("清华大学微电子研究所", "CN"))
                .isNotEqualTo("Chinese Academy of Sciences – Institute of Microelectronics");
        assertThat(best("哈工大（北京）", "CN")).isEqualTo("Harbin Institute of Technology");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "千人计划创业人才项目入选者 | Recruitment Program for Entrepreneurs",
                "入选“外专千人计划” | Recruitment Program for Foreign Experts",
                "教育部“长江学者”讲座教授 | Changjiang Scholar Distinguished Professorship",
                "国家特支计划青年拔尖人才 | National Special Support Program for High-level Talents (Ten Thousand Talents Program)",
                "Chinese Thousand Talents recruitment scheme | Thousand Talents Plan",
            })
    void resolvesProgrammesByTheirOtherNamesQuotedOrRecruiting(String input, String expected) {
        List<NameMatch> found = programmes.match(input, MIN_SCORE, 1);

        assertThat(found).as(input).isNotEmpty();
        UUID id = found.get(0).id();
        assertThat(PROGRAMMES.stream().filter(entry -> entry.id().equals(id)).map(ProgrammeEntry::name))
                .containsExactly(expected);
    }

    @Test
    void everyOtherProgrammeNameIsFiledUnderAListedProgramme() {
        long filed = PROGRAMMES.stream()
                .mapToLong(entry -> OtherNames.PROGRAMMES.of(entry.name()).size())
                .sum();
        assertThat(filed).isEqualTo(OtherNames.PROGRAMMES.size()).isPositive();
        assertThat(TalentProgrammeMatcher.withoutSpacesBetweenHan("浙江省 鲲鹏行动 计划 of zhejiang"))
                .isEqualTo("浙江省鲲鹏行动计划 of zhejiang");
    }

    private static String best(String input, String country) {
        Optional<String> best = SeededInstitutions.best(input, country);
        assertThat(best).as(input).isPresent();
        return best.get();
    }
}
