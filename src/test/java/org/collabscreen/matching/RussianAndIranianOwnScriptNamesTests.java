package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Russian and Iranian entry of the seed, walked through the forms its own-script names take in real affiliations:
 * a Russian name after a legal form (ФГБУН, ФГУП, АО …) or inside guillemets, with a city after; a Persian name with the
 * Arabic letters ي and ك for ی and ک, without its zero-width non-joiner, or with a city after. Each form must resolve to
 * its entry; the share that does is printed with the forms that do not.
 */
class RussianAndIranianOwnScriptNamesTests {

    private static final List<String> RUSSIAN_FORMS = List.of(
            "%s",
            "%s, Москва",
            "ФГБУН %s",
            "ФГБОУ ВО «%s»",
            "ФГАОУ ВО «%s», Москва",
            "ФГУП «%s»",
            "АО «%s», г. Москва",
            "«%s»");
    private static final List<String> RUSSIAN_FORMS_ABROAD = List.of("%s", "%s, Тегеран", "«%s», Иран");
    private static final List<String> LATIN_FORMS =
            List.of("%s", "%s, Moscow, Russia", "FGBOU VO %s", "FGBUN %s, Moscow", "FGUP «%s»");
    private static final List<String> PERSIAN_FORMS = List.of("%s", "%s، تهران", "%s - تهران");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+");

    /** Listed names of more than one entry: the Institute of High Energy Physics, Russian and Chinese. */
    private static final Set<String> SHARED_NAMES = SeededInstitutions.ENTRIES.stream()
            .collect(Collectors.groupingBy(InstitutionEntry::name, Collectors.counting()))
            .entrySet()
            .stream()
            .filter(named -> named.getValue() > 1)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());

    private static String number(String name) {
        var leading = LEADING_NUMBER.matcher(name);
        return leading.find() ? leading.group() : "";
    }

    private static boolean cyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean arabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /**
     * The name, and with the Academy and its branch written out ("СО РАН" as "Сибирского отделения Российской академии
     * наук") and "им." written "имени" when it has them.
     */
    private static List<String> academySpeltOut(String name) {
        String spelt = name.replace("СО РАН", "Сибирского отделения Российской академии наук")
                .replace("ДВО РАН", "Дальневосточного отделения Российской академии наук")
                .replace("УрО РАН", "Уральского отделения Российской академии наук")
                .replace(" РАН", " Российской академии наук")
                .replace("им. ", "имени ");
        return spelt.equals(name) ? List.of(name) : List.of(name, spelt);
    }

    private static List<String> persianVariants(String name) {
        return List.of(
                name,
                name.replace('ی', 'ي').replace('ک', 'ك'),
                name.replace("\u200c", " "),
                name.replace("\u200c", ""));
    }

    private static List<String[]> cases() {
        List<String[]> cases = new ArrayList<>();
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            if (!"RU".equals(entry.country()) && !"IR".equals(entry.country())) {
                continue;
            }
            if (SHARED_NAMES.contains(entry.name())) {
                // other-names.tsv files a name by listed name, so it cannot give one of two same-named entries a name
                continue;
            }
            List<String> own = new ArrayList<>(OtherNames.INSTITUTIONS.of(entry.name()));
            own.addAll(entry.aliases());
            boolean any = false;
            for (String name : own) {
                if (cyrillic(name)) {
                    any = true;
                    List<String> forms = "RU".equals(entry.country()) ? RUSSIAN_FORMS : RUSSIAN_FORMS_ABROAD;
                    String latin = Romanisation.cyrillicInLatin(name);
                    List<String> latinForms = "RU".equals(entry.country()) ? LATIN_FORMS : List.of();
                    latinForms.forEach(form ->
                            cases.add(new String[] {entry.name(), String.format(form, latin), entry.country()}));
                    for (String spelt : academySpeltOut(name)) {
                        forms.forEach(form ->
                                cases.add(new String[] {entry.name(), String.format(form, spelt), entry.country()}));
                    }
                } else if (arabic(name)) {
                    any = true;
                    for (String variant : persianVariants(name)) {
                        PERSIAN_FORMS.forEach(form ->
                                cases.add(new String[] {entry.name(), String.format(form, variant), entry.country()}));
                    }
                }
            }
            if (!any) {
                cases.add(new String[] {entry.name(), null, null});
            }
        }
        return cases;
    }

    @Test
    void everyRussianAndIranianEntryResolvesByItsOwnScriptNamesInTheirUsualForms() {
        List<String[]> cases = cases();
        List<String> failing = new ArrayList<>();
        int resolved = 0;
        for (String[] walked : cases) {
            String expected = walked[0];
            String input = walked[1];
            if (input == null) {
                failing.add("no own-script name: " + expected);
                continue;
            }
            Optional<String> best = SeededInstitutions.best(input, walked[2]);
            if (best.filter(expected::equals).isPresent()) {
                resolved++;
            } else {
                failing.add(input + " -> " + best.orElse("nothing") + " (expected " + expected + ")");
            }
        }
        System.out.printf("Russian and Iranian own-script forms resolving: %d of %d%n", resolved, cases.size());
        failing.forEach(line -> System.out.println("  " + line));
        assertThat(failing).isEmpty();
    }

    @Test
    void everyRussianAndIranianEntryResolvesByItsListedEnglishNamesAfterADepartmentAndBeforeACity() {
        List<String> failing = new ArrayList<>();
        int walked = 0;
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            if ((!"RU".equals(entry.country()) && !"IR".equals(entry.country()))
                    || SHARED_NAMES.contains(entry.name())) {
                continue;
            }
            String city = "RU".equals(entry.country()) ? "Moscow, Russia" : "Tehran, Iran";
            List<String> names = new ArrayList<>(List.of(entry.name()));
            // an alias with another number than the listed name's (the 46th's "48 TSNII") names another institute
            entry.aliases().stream()
                    .filter(alias -> !cyrillic(alias) && !arabic(alias))
                    .filter(alias -> number(alias).isEmpty() || number(alias).equals(number(entry.name())))
                    .forEach(names::add);
            for (String name : names) {
                for (String input : List.of(name + ", " + city, "Department of Physics, " + name + ", " + city)) {
                    walked++;
                    Optional<String> best = SeededInstitutions.best(input, entry.country());
                    if (best.filter(entry.name()::equals).isEmpty()) {
                        failing.add(input + " -> " + best.orElse("nothing") + " (expected " + entry.name() + ")");
                    }
                }
            }
        }
        System.out.printf("Russian and Iranian English forms resolving: %d of %d%n", walked - failing.size(), walked);
        failing.forEach(line -> System.out.println("  " + line));
        assertThat(failing).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ФГБОУ ВО «Кировский государственный университет» | Кировский государственный университет",
                "ФГАОУ ВО Томский политехнический институт | Томский политехнический институт",
                "АО «Концерн «Гранит»» | Концерн «Гранит»",
                "ФГБУН ИХ ДВО РАН | ИХ ДВО РАН",
                "АНО ПО Ромашка | АНО ПО Ромашка",
                "ФГБОУ ВО | ФГБОУ ВО",
                "АОРТА, Москва | АОРТА, Москва",
                "FGBOU VO KGU, Kirov | KGU, Kirov",
                "AO Widget Holdings | AO Widget Holdings",
            })
    void readsARussianNameWithoutTheLegalFormBeforeIt(String input, String name) {
        assertThat(RussianLegalFormsBeforeAName.without(input)).isEqualTo(name);
    }

    @Test
    void readsTheAcademyAndItsBranchesWrittenOutAsTheirAbbreviations() {
        assertThat(RussianAcademyWrittenOut.abbreviated(
                        "Институт виджетов Уральского отделения Российской академии наук, Пермь"))
                .isEqualTo("Институт виджетов УрО РАН, Пермь");
        assertThat(RussianAcademyWrittenOut.abbreviated("Лаборатория виджетов Российской академии наук"))
                .isEqualTo("Лаборатория виджетов РАН");
        assertThat(RussianAcademyWrittenOut.abbreviated("Российская академия наук"))
                .isEqualTo("Российская академия наук");
    }

    @Test
    void readsATransliteratedNameWithoutItsEducationalLegalForm() {
        assertThat(RussianLegalForms.withoutLeadingForms("fgbou vo kirovskiy universitet"))
                .isEqualTo("kirovskiy universitet");
        assertThat(SeededInstitutions.best("FGAOU VO Tomskiy politekhnicheskiy universitet, Tomsk", "RU"))
                .contains("Tomsk Polytechnic University");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Институт физики металлов имени М. Н. Михеева УрО РАН, Екатеринбург",
                "ФГБУН Институт химии Дальневосточного отделения РАН, Владивосток",
                "Институт вычислительной математики и математической геофизики СО РАН",
                "Институт автоматики и процессов управления Дальневосточного отделения Российской академии наук",
                "ФГБУН Институт геологии рудных месторождений Российской академии наук, Москва",
                "ФГБОУ ВО «Пермский национальный исследовательский политехнический университет»",
                "ФГБОУ ВО «Самарский государственный технический университет»",
                "دانشگاه فردوسی مشهد",
                "دانشگاه صنعتی اصفهان",
                "دانشگاه علم و صنعت ايران، تهران",
                "Ferdowsi University of Mashhad",
            })
    void unlistedRussianAndIranianBodiesMatchNothing(String input) {
        assertThat(SeededInstitutions.best(input, null)).isEmpty();
    }
}
