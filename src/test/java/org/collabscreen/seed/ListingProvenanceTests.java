package org.collabscreen.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListingProvenanceTests {

    @Test
    void everyListMembershipCarriesItsSourceUrlEditionAndEditionDate() {
        List<RulebookSeedData.InstitutionListing> listings = RulebookSeed.load().listings();

        assertThat(listings).hasSizeGreaterThan(700).allSatisfy(listing -> {
            assertThat(listing.sourceUrl()).as("URL of %s", listing).matches("https://\\S+[^,;.)]");
            assertThat(listing.editions()).as("edition of %s", listing).isNotBlank();
            assertThat(listing.editionDate())
                    .as("edition date of %s", listing)
                    .matches("(\\.\\.|\\d{4}-\\d{2}(-\\d{2})?)(/\\d{4}-\\d{2}(-\\d{2})?)?");
        });
    }

    @Test
    void aspiRatingsCarryTheMonthTheyWereRead() {
        assertThat(RulebookSeed.load().listings())
                .filteredOn(listing -> listing.rating() != null)
                .isNotEmpty()
                .allSatisfy(listing -> {
                    assertThat(listing.editions()).isEqualTo("tracker page consulted 2026-11");
                    assertThat(listing.editionDate()).isEqualTo("2026-11");
                });
    }

    @Test
    void seedFailsNamingListAndRowWhenAnEditionHasNoDate() {
        CsvRow row = new CsvRow(
                "dod_1286_institutions.csv",
                Map.of(
                        "name",
                        "Example Institute",
                        "country",
                        "China",
                        "fy_lists",
                        "FY26",
                        "latest_fy",
                        "FY26",
                        "on_latest_list",
                        "yes",
                        "source_url",
                        "https://www.cto.mil/example.pdf",
                        "source",
                        "US DoD Section 1286 list"));

        assertThatThrownBy(() -> ListingSources.dod1286(row))
                .isInstanceOf(MissingProvenanceException.class)
                .hasMessageContaining(
                        "Seed list DOD_1286, row 'Example Institute' of rulebook-seed/dod_1286_institutions.csv")
                .hasMessageContaining("no date for its edition 'FY26'");
    }

    @Test
    void seedFailsNamingListAndRowWhenAMembershipHasNoSourceUrl() {
        CsvRow row = new CsvRow(
                "canada_nro.csv",
                Map.of(
                        "name",
                        "Example Institute",
                        "country",
                        "China",
                        "source_url",
                        "",
                        "source",
                        "Government of Canada NRO list"));

        assertThatThrownBy(() -> ListingSources.nro(row))
                .isInstanceOf(MissingProvenanceException.class)
                .hasMessageContaining(
                        "Seed list CA_NRO, row 'Example Institute' of rulebook-seed/canada_nro.csv: no source URL");
    }
}
