package org.collabscreen.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormaliserTests {

    @Test
    void foldsCaseAndCollapsesPunctuationAndSpaces() {
        assertThat(NameNormaliser.normalise("  Harbin  Inst. of Tech.\t(HIT) ")).isEqualTo("harbin inst of tech hit");
    }

    @Test
    void stripsDiacritics() {
        assertThat(NameNormaliser.normalise("Universidad Autónoma de Madrid"))
                .isEqualTo("universidad autonoma de madrid");
        assertThat(NameNormaliser.normalise("Université Paris-Saclay")).isEqualTo("universite paris saclay");
    }

    @Test
    void replacesAmpersandWithAnd() {
        assertThat(NameNormaliser.normalise("Science&Technology")).isEqualTo("science and technology");
    }

    @Test
    void turnsFullWidthFormsIntoAscii() {
        assertThat(NameNormaliser.normalise("ＨＩＴ　２０２４")).isEqualTo("hit 2024");
    }

    @Test
    void keepsCjkArabicAndCyrillicLetters() {
        assertThat(NameNormaliser.normalise("哈尔滨工业大学（哈工大）")).isEqualTo("哈尔滨工业大学 哈工大");
        assertThat(NameNormaliser.normalise("دانشگاه صنعتی شریف")).isEqualTo("دانشگاه صنعتی شریف");
        assertThat(NameNormaliser.normalise("Московский Физико-Технический"))
                .isEqualTo("московский физико технический");
    }

    @Test
    void joinsApostrophesAndDigitGroups() {
        assertThat(NameNormaliser.normalise("Xi'an Jiaotong")).isEqualTo("xian jiaotong");
        assertThat(NameNormaliser.normalise("1,000 Talents, 2024")).isEqualTo("1000 talents 2024");
    }

    @Test
    void returnsEmptyForNullAndPunctuationOnly() {
        assertThat(NameNormaliser.normalise(null)).isEmpty();
        assertThat(NameNormaliser.normalise(" .,;- ")).isEmpty();
    }
}
