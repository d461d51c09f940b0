package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Chinese name of every Chinese entry (the lists' own names and aliases and the other names filed for it)
 * resolves to that entry, alone and with a city after it as documents write one; a group's numbered unit written
 * with digits resolves to the listed unit where the lists name it and to the group otherwise; Chinese bodies outside
 * the lists with the same generic words match nothing.
 */
class ChineseNamesOfListedEntriesTests {

    private static final List<String> CITIES = List.of("北京", "上海", "西安", "成都", "南京", "哈尔滨");
    private static final Map<UUID, InstitutionEntry> BY_ID = new HashMap<>();
    private static final Map<String, Set<String>> OWNERS = new HashMap<>();

    static {
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            BY_ID.put(entry.id(), entry);
            for (String name : namesOf(entry)) {
                OWNERS.computeIfAbsent(NameNormaliser.normalise(name), n -> new HashSet<>())
                        .add(entry.name());
            }
        }
    }

    @Test
    void everyChineseNameResolvesToItsEntryAloneAndBeforeACity() {
        List<String> misses = new ArrayList<>();
        int written = 0;
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            if (!"CN".equals(entry.country())) {
                continue;
            }
            for (String name : namesOf(entry)) {
                if (!isHan(name)) {
                    continue;
                }
                // a name filed under two entries may resolve to either; a group's name to a unit listed under it
                Set<String> owners = OWNERS.get(NameNormaliser.normalise(name));
                String city = CITIES.get(written++ % CITIES.size());
                List<String> inputs = new ArrayList<>(List.of(name, name + " " + city, name + "，" + city));
                // another city in brackets names another campus or branch of an entry listed with its own (Campuses)
                if (Campuses.of(entry.name()).isEmpty()) {
                    inputs.add(name + "（" + city + "）");
                }
                for (String input : inputs) {
                    String got = SeededInstitutions.best(input, "CN").orElse("none");
                    if (!owners.contains(got) && !entry.name().equals(parentOf(got))) {
                        misses.add(input + " -> " + got + " (listed as " + entry.name() + ")");
                    }
                }
            }
        }
        assertThat(written).isGreaterThan(500);
        assertThat(misses).isEmpty();
    }

    @Test
    void aGroupsNumberedUnitWrittenInDigitsResolvesToTheListedUnitOrElseTheGroup() {
        Map<String, String> forms = Map.of(
                "中国电科%s所", "China Electronics Technology Group Corporation",
                "中国电子科技集团公司第%s研究所", "China Electronics Technology Group Corporation",
                "中国电子科技集团有限公司第%s研究所", "China Electronics Technology Group Corporation",
                "中国船舶集团有限公司第%s研究所", "China State Shipbuilding Corporation",
                "中船重工第%s研究所", "China Shipbuilding Industry Corporation",
                "中船%s所", "China State Shipbuilding Corporation",
                "中国航空工业集团公司第%s研究所", "Aviation Industry Corporation of China",
                "中国航天科工集团第%s研究院", "China Aerospace Science and Industry Corporation");
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> form : forms.entrySet()) {
            for (int number :
                    List.of(2, 3, 14, 15, 20, 23, 27, 29, 32, 38, 54, 55, 601, 611, 701, 702, 712, 718, 722, 760)) {
                boolean aviation = form.getValue().startsWith("Aviation");
                boolean shipbuilding = form.getValue().contains("Ship");
                if (aviation != (number > 600 && number < 700) || shipbuilding != number > 700) {
                    continue;
                }
                String inHan = form.getKey().formatted(HanNumberedUnits.han(String.valueOf(number)));
                Set<String> listed = OWNERS.getOrDefault(NameNormaliser.normalise(inHan), Set.of(form.getValue()));
                for (String input :
                        List.of(form.getKey().formatted(number), form.getKey().formatted(number) + "，南京")) {
                    String got = SeededInstitutions.best(input, "CN").orElse("none");
                    if (!listed.contains(got)) {
                        misses.add(input + " -> " + got + " (expected " + listed + ")");
                    }
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void unlistedChineseBodiesWithTheSameGenericWordsMatchNothing() {
        for (String name : List.of(
                "中国建筑科学研究院", "中国航天员科研训练中心", "中国铁道科学研究院集团有限公司", "中国水利水电科学研究院", "中国农业科学院作物科学研究所", "中国汽车技术研究中心有限公司")) {
            assertThat(SeededInstitutions.best(name, "CN")).as(name).isEmpty();
            assertThat(SeededInstitutions.best(name + "，北京", "CN")).as(name).isEmpty();
        }
    }

    @Test
    void digitsBeforeAUnitWordAreReadInHanNumerals() {
        assertThat(HanNumberedUnits.han("7")).isEqualTo("七");
        assertThat(HanNumberedUnits.han("14")).isEqualTo("十四");
        assertThat(HanNumberedUnits.han("40")).isEqualTo("四十");
        assertThat(HanNumberedUnits.han("702")).isEqualTo("七〇二");
        assertThat(HanNumberedUnits.of(AffiliationParts.segments("东方器件集团第27研究所，南京")))
                .containsExactly("东方器件集团第二十七研究所");
        assertThat(HanNumberedUnits.of(AffiliationParts.segments("东方器件集团27号楼"))).isEmpty();
    }

    @Test
    void aBracketedWordInsideAChineseNameKeepsTheNameWhole() {
        assertThat(BracketedHanInserts.of("东方器件（集团）有限公司 上海")).containsExactly(NameNormaliser.normalise("东方器件（集团）有限公司"));
        assertThat(BracketedHanInserts.of("东方器件大学（深圳），深圳")).isEmpty();
    }

    @Test
    void anInstitutionAndItsUnitWrittenWithASpaceAreReadJoined() {
        assertThat(HanNamesAcrossASpace.of("东方器件研究院 材料研究所，上海")).containsExactly("东方器件研究院材料研究所");
        assertThat(HanNamesAcrossASpace.of("东方器件研究院，材料研究所")).isEmpty();
        assertThat(SeededInstitutions.best("军事医学科学院 野战输血研究所，北京", "CN"))
                .contains("Academy of Military Medical Sciences, Field Blood Transfusion Institution");
    }

    private static Set<String> namesOf(InstitutionEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entry.name());
        names.addAll(entry.aliases());
        names.addAll(OtherNames.INSTITUTIONS.of(entry.name()));
        return names;
    }

    private static boolean isHan(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String parentOf(String name) {
        return SeededInstitutions.ENTRIES.stream()
                .filter(entry -> entry.name().equals(name) && entry.parentId() != null)
                .map(entry -> Optional.ofNullable(BY_ID.get(entry.parentId()))
                        .map(InstitutionEntry::name)
                        .orElse(null))
                .findFirst()
                .orElse(null);
    }
}
