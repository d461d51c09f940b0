package org.collabscreen.matching;

import java.util.List;
import java.util.stream.Stream;

import org.collabscreen.seed.SeedEntries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LookalikeCharactersTests {

    /** Issue 12: "Hаrbіn" with a Cyrillic а (U+0430) and і (U+0456). */
    private static final String SPOOFED_HARBIN = "H\u0430rb\u0456n Institute of Technology";

    @Test
    void cyrillicLettersInALatinNameReadAsTheLatinLettersTheyImitate() {
        assertThat(LookalikeCharacters.fold(SPOOFED_HARBIN)).isEqualTo("Harbin Institute of Technology");
        assertThat(NameNormaliser.normalise(SPOOFED_HARBIN))
                .isEqualTo(NameNormaliser.normalise("Harbin Institute of Technology"));
        assertThat(LookalikeCharacters.explain(SPOOFED_HARBIN))
                .hasValueSatisfying(explanation -> assertThat(explanation)
                        .contains("U+0430 CYRILLIC SMALL LETTER A", "U+0456", "for \"a\"", "for \"i\""));
    }

    @Test
    void upperCaseLookalikesAndGreekLettersAreFoldedToo() {
        assertThat(NameNormaliser.normalise("\u041dARBIN INSTITUTE OF TECHNOLOGY"))
                .isEqualTo("harbin institute of technology");
        assertThat(NameNormaliser.normalise("Beijing \u0399nstitute of Techn\u03bflogy"))
                .isEqualTo("beijing institute of technology");
    }

    @Test
    void aWholeNameImitatingLatinInAnotherScriptIsFoldedAndExplained() {
        String cyrillicMit = "\u041c\u0406\u0422";

        assertThat(NameNormaliser.normalise(cyrillicMit)).isEqualTo("mit");
        assertThat(LookalikeCharacters.explain(cyrillicMit)).isPresent();
    }

    @Test
    void genuineNamesInOneScriptAreNeitherChangedNorFlagged() {
        List<String> genuine = List.of(
                "中国科学院",
                "哈爾濱工業大學",
                "ハルビン工業大学",
                "서울대학교",
                "Московский физико-технический институт",
                "Санкт-Петербургский государственный университет",
                "دانشگاه صنعتی شریف",
                "Εθνικό Μετσόβιο Πολυτεχνείο",
                "Universität Stuttgart",
                "Universidad Autónoma de Madrid");

        assertThat(genuine).allSatisfy(name -> {
            assertThat(LookalikeCharacters.fold(name)).isEqualTo(name);
            assertThat(LookalikeCharacters.explain(name)).isEmpty();
        });
    }

    @Test
    void noSeededNameOrAliasIsFlagged() {
        Stream<String> institutionNames = SeedEntries.institutions().stream()
                .flatMap(entry -> Stream.concat(Stream.of(entry.name()), entry.aliases().stream()));
        Stream<String> programmeNames = SeedEntries.programmes().stream()
                .flatMap(entry -> Stream.concat(Stream.of(entry.name()), entry.aliases().stream()));

        assertThat(Stream.concat(institutionNames, programmeNames)
                        .filter(name -> LookalikeCharacters.explain(name).isPresent()))
                .isEmpty();
    }
}
