package org.collabscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listed group's arm abroad is registered as the group's brand, the region or country it serves (in brackets or
 * not) and that country's legal form: every listed company's brand, walked through the regions registries use, names
 * the arm the lists give for that region, else the group; a foreign company that shares a listed name but spells it
 * otherwise, or writes its words in another order, is not the listed one.
 */
class ArmsAbroadOfListedGroupsTests {

    /** A region, the legal form of its country, a city there and its country, as registries write an arm. */
    private record Region(String words, String form, String city, String country) {}

    private static final List<Region> REGIONS = List.of(
            new Region("North America", "Inc.", "Secaucus, NJ", "US"),
            new Region("(North America)", "Inc.", "Long Beach", "US"),
            new Region("Americas", "Corporation", "Herndon", "US"),
            new Region("USA", "LLC", "San Jose", "US"),
            new Region("Europe", "B.V.", "Rotterdam", "NL"),
            new Region("UK Holdings", "Limited", "London", "GB"),
            new Region("Latin America", "S.A. de C.V.", "Ciudad de México", "MX"),
            new Region("Middle East", "FZE", "Dubai", "AE"),
            new Region("Asia Pacific", "Sdn. Bhd.", "Kuala Lumpur", "MY"),
            new Region("(Singapore)", "Pte. Ltd.", "Singapore", "SG"),
            new Region("(Hong Kong)", "Limited", "Hong Kong", "HK"),
            new Region("Deutschland", "GmbH", "Düsseldorf", "DE"),
            new Region("France", "SAS", "Paris", "FR"),
            new Region("España", "S.L.U.", "Madrid", "ES"),
            new Region("Italia", "S.r.l.", "Milano", "IT"),
            new Region("do Brasil", "Ltda.", "São Paulo", "BR"),
            new Region("Latvia", "SIA", "Riga", "LV"),
            new Region("North America", "ULC", "Calgary", "CA"));

    /**
     * Kept out of the walk: brands that other bodies' names use as words of their own, and a brand with a region of its
     * own whose company the seed lists without its group ("SMIC HK", SMIC's, before "Americas" reads as SMIC's arm).
     */
    private static final List<String> SHARED_WORDS =
            List.of("Costar", "Inner Monoglia", "Beijing Research Center", "SMIC HK");

    /** Aliases that name a unit, not a brand: an arm abroad is the company's, not its institute's. */
    private static final Pattern UNIT_WORDS =
            Pattern.compile("(?i)institute|academy|laborator|cent(?:er|re)|universit|college|school|bureau");

    /**
     * A company listed with its city in brackets ("Acme (Tianjin) Co., Ltd.") is told from its sister companies by that
     * city, so another place in brackets names another company: such companies are not walked.
     */
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)");

    @Test
    void everyListedBrandBeforeARegionAndItsFormNamesTheArmOrTheGroup() {
        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (InstitutionEntry company : SeededInstitutions.ENTRIES) {
            for (String brand : brands(company)) {
                for (Region region : REGIONS) {
                    String input = brand + " " + region.words() + " " + region.form() + ", " + region.city();
                    Optional<UUID> found = SeededInstitutions.bestId(input, region.country());
                    walked++;
                    if (found.isEmpty() || !SeededInstitutions.sameGroup(found.get(), company)) {
                        wrong.add(input + " -> "
                                + found.map(SeededInstitutions::nameOf).orElse("nothing"));
                    }
                }
            }
        }
        assertThat(walked).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "COSCO SHIPPING Container Lines (North America) Inc., Long Beach, CA|US|COSCO SHIPPING (North America) Inc.",
                "Port cranes: ZPMC North America Inc., Baltimore|US|ZPMC North America, Inc.",
                "SMIC Americas Inc., San Jose|US|SMIC, Americas",
                "BGI (Americas) Corporation, Cambridge|US|BGI Americas Corporation"
            })
    void aRegionTheListsGiveAnArmForNamesThatArm(String input, String country, String arm) {
        assertThat(SeededInstitutions.best(input, country)).contains(arm);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Merit Automotive Electronics Systems SLU, Zaragoza|ES",
                "Merit Automotive Electronics Systems, S.L.U., Zaragoza|ES"
            })
    void aListedNameWithItsFormWrittenAnotherWayIsTheSameName(String input, String country) {
        assertThat(SeededInstitutions.best(input, country)).contains("Merit Automotive Electronics Systems S.L.U");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CoStar Realty Group, Inc., Boston|US",
                "CoStar Group Inc., Arlington, Virginia|US",
                "Cloudwalk Serviços Financeiros S.A., Belo Horizonte|BR",
                "China Airlines Cargo Terminal, Kaohsiung|TW",
                "China Construction Bank Corporation, Shanghai Branch|CN",
                "China Construction Bank (Asia) Corporation Limited, Hong Kong|HK"
            })
    void aForeignCompanyThatSharesAListedNameIsNotTheListedOne(String input, String country) {
        assertThat(SeededInstitutions.best(input, country)).isEmpty();
    }

    /** The listed company's brands: its aliases in Latin letters that name no unit and no place, when it is China's. */
    private static List<String> brands(InstitutionEntry entry) {
        Matcher bracketed = BRACKETED.matcher(entry.name());
        boolean campus =
                bracketed.find() && !PlaceEvidence.countries(bracketed.group(1)).isEmpty();
        if (!"CN".equals(entry.country()) || !LegalForms.isCompanyName(entry.name()) || campus) {
            return List.of();
        }
        List<String> brands = new ArrayList<>();
        for (String alias : entry.aliases()) {
            boolean latin = Tokens.isLatin(alias) && alias.length() >= 3 && !LegalForms.isCompanyName(alias);
            boolean brand = !UNIT_WORDS.matcher(alias).find()
                    && PlaceEvidence.countries(alias).isEmpty();
            if (latin && brand && !SHARED_WORDS.contains(alias)) {
                brands.add(alias);
            }
        }
        return brands;
    }
}
