package org.collabscreen.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.collabscreen.matching.evaluation.LabelledCases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The analyses kept in {@link TextMemo}s give, on the first call and on every call after it, what the analysis worked
 * out afresh gives: every input of the labelled evaluation sets and random mixes of scripts, each asked twice.
 */
class MemoisedAnalysisTests {

    private static final String MIXED = "Harbin Institute of Technology 哈爾濱工業大學 Académie Ünïversität "
            + "Москва ИФТИ ‘&’ 1,000 Xi'an ß ς ё يك ΑΒΓ — CAS, 中国科学院 fürs Halbleiterlithografie";

    @Test
    void normalisedNamesAreTheNormalisersOwn() throws IOException {
        for (String input : inputs()) {
            String expected = NameNormaliser.caseFolded(input);
            assertThat(NameNormaliser.normalise(input)).isEqualTo(expected);
            assertThat(NameNormaliser.normalise(input)).as("again: %s", input).isEqualTo(expected);
        }
    }

    @Test
    void placesAreThoseFoundAfreshAndCannotBeChanged() throws IOException {
        for (String input : inputs()) {
            String normalised = NameNormaliser.normalise(input);
            List<String> expected = List.copyOf(PlaceEvidence.placesIn(normalised));
            assertThat(PlaceEvidence.countriesIn(normalised)).containsExactlyElementsOf(expected);
            assertThat(PlaceEvidence.countriesIn(normalised))
                    .as("again: %s", input)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(PlaceEvidence.countriesIn("harbin institute of technology")).contains("CN");
        assertThatThrownBy(() -> PlaceEvidence.countriesIn("harbin institute of technology")
                        .clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void languagesAreThoseToldAfreshAndCannotBeChanged() throws IOException {
        for (String input : inputs()) {
            List<TechnologyLanguage> expected = List.copyOf(TextLanguages.told(input));
            assertThat(TextLanguages.of(input)).containsExactlyElementsOf(expected);
            assertThat(TextLanguages.of(input)).as("again: %s", input).containsExactlyElementsOf(expected);
        }
        assertThatThrownBy(() -> TextLanguages.of("semiconductor lithography").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void tokensInEveryLanguageAreThoseReadAfresh() throws IOException {
        for (String input : inputs()) {
            for (TechnologyLanguage language : TechnologyLanguage.values()) {
                TextTokens expected = language.analysedTokens(input);
                for (int call = 0; call < 2; call++) {
                    TextTokens tokens = language.tokens(input);
                    assertThat(tokens.cased()).as("%s %s", language, input).containsExactly(expected.cased());
                    assertThat(tokens.lower()).as("%s %s", language, input).containsExactly(expected.lower());
                    assertThat(tokens.stems()).as("%s %s", language, input).containsExactly(expected.stems());
                }
            }
        }
    }

    /** Every input of the labelled sets (names, programme names, texts), then 2,000 random mixes of scripts. */
    private static List<String> inputs() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String set : LabelledCases.FOLDERS) {
            for (String file : List.of("institutions.tsv", "programmes.tsv", "technology.tsv")) {
                try (InputStream in =
                        MemoisedAnalysisTests.class.getResourceAsStream("/evaluation/" + set + "/" + file)) {
                    assertThat(in).as(set + "/" + file).isNotNull();
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#"))
                            .forEach(line -> inputs.add(line.split("\t", -1)[0]));
                }
            }
        }
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            int start = random.nextInt(MIXED.length() - 1);
            inputs.add(MIXED.substring(start, Math.min(MIXED.length(), start + 1 + random.nextInt(60))));
        }
        assertThat(inputs).hasSizeGreaterThan(4_000);
        return inputs;
    }
}
