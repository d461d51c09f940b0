package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Russian and Iranian entry of the seed, by each of its own-script names, walked through the forms the bodies' own
 * documents write them in: a federal centre's status before the name in guillemets ("ФИЦ «…»", "ФГБУН ФИЦ «…»"), an
 * Academy institute's name without the person it is named after, a Ministry of Defence body's ministry written in each
 * usual way, a Persian name with the honorific in brackets after it. Each form must resolve to its entry; the share that
 * does is printed with the forms that do not. Unlisted bodies written the same ways must match nothing.
 */
class RussianAndIranianDocumentFormsTests {

    /** "им. И. О. Фамилии", "имени академиков И. О. Фамилии и И. О. Фамилии": the person a name names. */
    private static final Pattern NAMESAKE =
            Pattern.compile("\\s+(?:им\\.|имени)\\s+(?:академик(?:а|ов)\\s+)?(?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}\\p{Ll}+"
                    + "(?:\\s+и\\s+(?:\\p{Lu}\\p{Ll}?\\.\\s*){1,2}\\p{Lu}\\p{Ll}+)?");

    private static final Pattern ACADEMY = Pattern.compile("(?:СО |ДВО |УрО )?РАН$");

    private static final Pattern MINISTRY = Pattern.compile(" (?:Министерства обороны Российской Федерации|МО РФ)");

    private static final List<String> MINISTRY_FORMS =
            List.of("Министерства обороны РФ", "Министерства обороны России", "Минобороны России", "МО России");

    private static final List<String> CENTRE_FORMS = List.of("ФИЦ «%s»", "ФГБУН ФИЦ «%s», г. Москва", "ФНЦ «%s»");

    private static final List<String> PERSIAN_FORMS = List.of("%s (ع)", "%s (ره)، تهران", "%s - ایران");

    private static boolean cyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static boolean arabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** The forms of one Russian name its documents write. */
    static List<String> russianForms(String name) {
        List<String> forms = new ArrayList<>();
        if (ACADEMY.matcher(name).find()) {
            CENTRE_FORMS.forEach(form -> forms.add(String.format(form, name)));
            String withoutNamesake = NAMESAKE.matcher(name).replaceFirst("");
            if (!withoutNamesake.equals(name) && withoutNamesake.indexOf(' ') > 0) {
                forms.add(withoutNamesake);
                forms.add(withoutNamesake + ", Новосибирск");
            }
        }
        var ministry = MINISTRY.matcher(name);
        if (ministry.find()) {
            MINISTRY_FORMS.forEach(form -> forms.add(ministry.replaceFirst(" " + form)));
            MINISTRY_FORMS.forEach(form -> forms.add("ФГБУ «" + ministry.replaceFirst("» " + form)));
        }
        return forms;
    }

    private static List<String[]> cases() {
        List<String[]> cases = new ArrayList<>();
        for (InstitutionEntry entry : SeededInstitutions.ENTRIES) {
            boolean russian = "RU".equals(entry.country());
            if (!russian && !"IR".equals(entry.country())) {
                continue;
            }
            List<String> own = new ArrayList<>(OtherNames.INSTITUTIONS.of(entry.name()));
            own.addAll(entry.aliases());
            for (String name : own) {
                if (russian && cyrillic(name)) {
                    russianForms(name).forEach(form -> cases.add(new String[] {entry.name(), form, "RU"}));
                } else if (!russian && arabic(name) && name.indexOf(' ') > 0) {
                    PERSIAN_FORMS.forEach(
                            form -> cases.add(new String[] {entry.name(), String.format(form, name), "IR"}));
                }
            }
        }
        return cases;
    }

    @Test
    void everyRussianAndIranianEntryResolvesInTheFormsItsDocumentsWrite() {
        List<String[]> cases = cases();
        List<String> failing = new ArrayList<>();
        for (String[] walked : cases) {
            Optional<String> best = SeededInstitutions.best(walked[1], walked[2]);
            if (best.filter(walked[0]::equals).isEmpty()) {
                failing.add(walked[1] + " -> " + best.orElse("nothing") + " (expected " + walked[0] + ")");
            }
        }
        System.out.printf(
                "Russian and Iranian document forms resolving: %d of %d%n",
                cases.size() - failing.size(), cases.size());
        failing.forEach(line -> System.out.println("  " + line));
        assertThat(cases).hasSizeGreaterThan(100);
        assertThat(failing).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "48 ЦНИИ Минобороны России | 48 ЦНИИ Министерства обороны Российской Федерации",
                "12 ЦНИИ Министерства обороны РФ, Сергиев Посад"
                        + " | 12 ЦНИИ Министерства обороны Российской Федерации, Сергиев Посад",
                "Институт МО России | Институт Министерства обороны Российской Федерации",
                "27 НЦ МО РФ | 27 НЦ МО РФ",
                "Минобороныя | Минобороныя",
            })
    void readsTheMinistryOfDefenceWrittenInAMixedFormInFull(String input, String read) {
        assertThat(RussianMinistryOfDefenceWrittenOut.writtenOut(input)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Институт виджетов им. А.Б. Иванова НИЦ «Виджет» | Институт виджетов им. А.Б. Иванова, НИЦ «Виджет»",
                "Лаборатория виджетов ФИЦ «Институт виджетов СО РАН» | Лаборатория виджетов, ФИЦ «Институт виджетов СО РАН»",
                "НИЦ «Виджет», Москва | НИЦ «Виджет», Москва",
                "Отдел НИЦ виджетов | Отдел НИЦ виджетов",
            })
    void readsACentreWrittenAfterAUnitsNameApart(String input, String read) {
        assertThat(RussianUnitBeforeItsCentre.apart(input)).isEqualTo(read);
    }

    @Test
    void readsAFederalCentresStatusAsALegalForm() {
        assertThat(RussianLegalFormsBeforeAName.without("ФИЦ «Институт виджетов РАН»"))
                .isEqualTo("Институт виджетов РАН");
        assertThat(RussianLegalFormsBeforeAName.without("ФГБУН ФИЦ «Институт виджетов»"))
                .isEqualTo("Институт виджетов");
        assertThat(RussianLegalFormsBeforeAName.without("ФИЦ")).isEqualTo("ФИЦ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Центральный научно-исследовательский институт Министерства обороны РФ",
                "Научный центр Министерства обороны Российской Федерации",
                "12 ЦНИИ Минобороны России, Сергиев Посад",
                "4 ЦНИИ Министерства обороны РФ, Юбилейный",
                "ВУНЦ ВВС «Военно-воздушная академия им. Н.Е. Жуковского и Ю.А. Гагарина», Воронеж",
                "ФИЦ «Красноярский научный центр СО РАН»",
                "ФИЦ «Институт общей физики им. А.М. Прохорова РАН»",
                "ФГБУН ФИЦ «Казанский научный центр РАН»",
                "Институт теплофизики им. С.С. Кутателадзе СО РАН, Новосибирск",
                "Институт органической химии им. Н.Д. Зелинского РАН",
                "Петербургский институт виджетной физики им. Б.П. Константинова НИЦ «Виджет», Гатчина",
                "دانشگاه صنعتی خواجه نصیرالدین طوسی",
                "پژوهشگاه فضایی ایران",
                "پژوهشکده مواد و انرژی (پمو)، اصفهان",
            })
    void unlistedRussianAndIranianBodiesWrittenTheSameWaysMatchNothing(String input) {
        assertThat(SeededInstitutions.best(input, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Институт физики высоких энергий им. А.А. Логунова НИЦ «Курчатовский институт», Протвино"
                        + " | National Research Centre “Kurchatov Institute”",
                "48 ЦНИИ Министерства обороны РФ, Сергиев Посад | 48th Central Scientific Research Institute",
                "МИРЭА — Российский технологический университет | Federal State Budgetary Educational Institution of"
                        + " Higher Education",
                "ННГУ им. Н.И. Лобачевского, Нижний Новгород | Lobachevsky State University of Nizhny Novgorod",
                "ВУНЦ ВМФ «Военно-морская академия им. Н.Г. Кузнецова» | Kuznetsov Naval Academy",
                "دانشگاه و پژوهشگاه عالی دفاع ملی | Supreme National Defense University",
            })
    void resolvesTheBodiesAsTheirOwnDocumentsNameThem(String input, String expected) {
        assertThat(SeededInstitutions.best(input, null)).contains(expected);
    }
}
