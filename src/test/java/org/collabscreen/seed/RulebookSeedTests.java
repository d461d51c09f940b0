package org.collabscreen.seed;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RulebookSeedTests {

    private static final List<String> TOP_LEVEL = List.of(
            "ADV_MATERIALS",
            "ADV_MANUFACTURING",
            "SEMICONDUCTORS",
            "ADV_COMPUTING",
            "AI",
            "QUANTUM",
            "CYBER_CRYPTO",
            "TELECOM_NETWORKS",
            "SENSING_SURVEILLANCE",
            "DIRECTED_ENERGY",
            "PNT",
            "AEROSPACE_SPACE",
            "HYPERSONICS",
            "ROBOTICS_AUTONOMY",
            "MARINE_UNDERWATER",
            "BIOTECH",
            "HMI_NEURO",
            "NUCLEAR",
            "ADV_ENERGY",
            "ADV_WEAPONS");

    private static RulebookSeedData data;

    @BeforeAll
    static void load() {
        data = RulebookSeed.load();
    }

    @Test
    void hasTheTwentyTopLevelCategoriesWithTheirExactCodes() {
        List<String> topLevel = data.categories().stream()
                .filter(c -> c.parentCode() == null)
                .map(RulebookSeedData.Category::code)
                .toList();
        assertThat(topLevel).containsExactlyInAnyOrderElementsOf(TOP_LEVEL);
    }

    @Test
    void flexibleElectronicsIsASubCategoryOfSemiconductors() {
        assertThat(data.categories())
                .filteredOn(c -> c.code().equals("FLEXIBLE_ELECTRONICS"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.parentCode()).isEqualTo("SEMICONDUCTORS");
                    assertThat(c.points()).isEqualTo(35);
                });
        assertThat(keywords("FLEXIBLE_ELECTRONICS"))
                .contains("flexible electronics", "wearable sensor", "electronic skin", "organic thin-film transistor");
        assertThat(keywords("SEMICONDUCTORS")).contains("lithography", "flexible electronics", "printed electronics");
    }

    @Test
    void keywordsAreSpecific() {
        Set<String> all =
                data.keywords().stream().map(k -> k.keyword().toLowerCase()).collect(Collectors.toSet());
        assertThat(all)
                .doesNotContain(
                        "monitoring",
                        "digital",
                        "data",
                        "network",
                        "learning",
                        "pollution",
                        "system",
                        "model",
                        "deposition",
                        "navigation");
        assertThat(all).noneMatch(k -> k.contains("(") || k.contains("/"));
        assertThat(all).contains("quantum dots", "electronic design automation");
    }

    @Test
    void goldenScenariosClassifyByKeyword() {
        assertThat(categoriesFor("flexible electronics for wearable sensors")).contains("FLEXIBLE_ELECTRONICS");
        assertThat(categoriesFor("semiconductor lithography")).containsExactly("SEMICONDUCTORS");
        assertThat(categoriesFor("digitisation of medieval manuscripts")).isEmpty();
        assertThat(categoriesFor("river pollution monitoring")).isEmpty();
    }

    @Test
    void harbinInstituteOfTechnologyIsOneInstitutionOnThreeLists() {
        RulebookSeedData.Institution hit = institution("CN", "Harbin Institute of Technology");
        assertThat(aliasesOf(hit.id())).contains("哈尔滨工业大学", "HIT");
        assertThat(listCodes(hit.id())).contains("DOD_1286", "CA_NRO", "ASPI_TRACKER");
        RulebookSeedData.Institution heu = institution("CN", "Harbin Engineering University");
        assertThat(heu.id()).isNotEqualTo(hit.id());
        assertThat(listCodes(heu.id())).contains("DOD_1286", "CA_NRO", "ASPI_TRACKER");
    }

    @Test
    void chineseAcademyOfSciencesIsAnUnlistedParentOfListedSubUnits() {
        RulebookSeedData.Institution cas = institution("CN", "Chinese Academy of Sciences");
        assertThat(listCodes(cas.id())).isEmpty();
        List<UUID> children = data.institutions().stream()
                .filter(i -> cas.id().equals(i.parentId()))
                .map(RulebookSeedData.Institution::id)
                .toList();
        assertThat(children).anyMatch(id -> !listCodes(id).isEmpty());
    }

    @Test
    void recruitmentProgramOfGlobalTalentsIsTheThousandTalentsPlan() {
        RulebookSeedData.Programme ttp = data.programmes().stream()
                .filter(p -> p.code().equals("TP-CN-TTP"))
                .findFirst()
                .orElseThrow();
        assertThat(data.programmeAliases())
                .filteredOn(a -> a.programmeId().equals(ttp.id()))
                .extracting(RulebookSeedData.ProgrammeAlias::alias)
                .contains("Recruitment Program of Global Talents", "千人计划");
        assertThat(data.programmeAliases())
                .extracting(RulebookSeedData.ProgrammeAlias::alias)
                .noneMatch(a -> a.contains("evidence") || a.contains("rebrand"));
    }

    @Test
    void noTwoInstitutionsShareANormalisedNameInACountry() {
        Map<String, Long> counts = data.institutions().stream()
                .collect(Collectors.groupingBy(i -> i.country() + "|" + NameKey.of(i.name()), Collectors.counting()));
        assertThat(counts).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
    }

    @Test
    void everyListingCitesItsSourceAndIdsAreStable() {
        assertThat(data.listings()).allSatisfy(l -> {
            assertThat(l.sourceName()).isNotBlank().hasSizeLessThanOrEqualTo(125);
            assertThat(l.nameAsListed()).isNotBlank();
        });
        assertThat(RulebookSeed.load().institutions())
                .extracting(RulebookSeedData.Institution::id)
                .containsExactlyElementsOf(data.institutions().stream()
                        .map(RulebookSeedData.Institution::id)
                        .toList());
        assertThat(unique(data.aliases(), a -> a.institutionId() + "|" + a.alias()))
                .isTrue();
        assertThat(unique(
                        data.listings(), l -> List.of(l.institutionId(), l.listCode(), l.nameAsListed(), l.editions())))
                .isTrue();
    }

    private static Set<String> categoriesFor(String text) {
        return data.keywords().stream()
                .filter(k -> Pattern.compile("\\b" + Pattern.quote(k.keyword()) + "s?\\b", Pattern.CASE_INSENSITIVE)
                        .matcher(text)
                        .find())
                .map(RulebookSeedData.Keyword::categoryCode)
                .collect(Collectors.toSet());
    }

    private static <T> boolean unique(List<T> rows, Function<T, Object> key) {
        return rows.stream().map(key).distinct().count() == rows.size();
    }

    private static RulebookSeedData.Institution institution(String country, String name) {
        List<RulebookSeedData.Institution> found = data.institutions().stream()
                .filter(i -> Objects.equals(i.country(), country) && i.name().equals(name))
                .toList();
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    private static List<String> aliasesOf(UUID id) {
        return data.aliases().stream()
                .filter(a -> a.institutionId().equals(id))
                .map(RulebookSeedData.Alias::alias)
                .toList();
    }

    private static Set<String> listCodes(UUID id) {
        return data.listings().stream()
                .filter(l -> l.institutionId().equals(id))
                .map(RulebookSeedData.InstitutionListing::listCode)
                .collect(Collectors.toSet());
    }

    private static List<String> keywords(String code) {
        return data.keywords().stream()
                .filter(k -> k.categoryCode().equals(code))
                .map(RulebookSeedData.Keyword::keyword)
                .toList();
    }
}
