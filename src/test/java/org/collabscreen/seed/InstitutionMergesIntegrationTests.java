package org.collabscreen.seed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.collabscreen.rulebook.InstitutionRule;
import org.collabscreen.rulebook.Listing;
import org.collabscreen.rulebook.RulebookSnapshot;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The V23 revision on the migrated database: duplicates merged into one entry each, units linked to their group. */
class InstitutionMergesIntegrationTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RulebookSnapshots snapshots;

    @Test
    void theRevisionIsRecordedWithItsSummaryAndActor() {
        int revision = mergeRevision();

        JsonNode listed = api.get("/api/v1/rulebook/revisions/" + revision).body();
        assertThat(listed.toString()).contains("Naval Medical University");
        assertThat(jdbc.sql("select actor from rulebook_revision where revision = ?")
                        .param(revision)
                        .query(String.class)
                        .single())
                .isEqualTo("seed");
    }

    @Test
    void theDuplicateIsRetiredAndTheSurvivorHoldsBothNamesAndAllListings() {
        assertThat(jdbc.sql("""
                        select retired from rule_version where kind = 'INSTITUTION' and valid_to_revision is null
                        and document ->> 'name' = 'Naval Medical University'""").query(Boolean.class).single()).isTrue();
        JsonNode navy = entry("Navy Medical University");
        assertThat(navy.get("aliases").valueStream().map(JsonNode::asString))
                .contains("Naval Medical University", "Second Military Medical University", "海军军医大学");
        assertThat(navy.get("listings").valueStream().map(l -> l.get("listCode").asString()))
                .containsExactlyInAnyOrder("ASPI_TRACKER", "CA_NRO", "DOD_1286");
        assertThat(navy.get("listings"))
                .allSatisfy(
                        l -> assertThat(l.get("source").get("url").asString()).startsWith("https://"));
    }

    @Test
    void theDuplicatesNameMatchesTheSurvivorWithBothListings() {
        JsonNode match = api.get("/api/v1/rulebook/institutions/matches?name="
                        + URLEncoder.encode("Naval Medical University", StandardCharsets.UTF_8))
                .body()
                .get("matches");

        assertThat(match.valueStream().map(m -> m.get("name").asString())).containsExactly("Navy Medical University");
        JsonNode casic = entry("China Aerospace Science and Industry Corporation");
        assertThat(casic.get("listings")
                        .valueStream()
                        .map(l -> l.get("listCode").asString()))
                .containsExactlyInAnyOrder("ASPI_TRACKER", "US_1260H");
    }

    @Test
    void unitsPointAtTheSurvivingParent() {
        String casic = entry("China Aerospace Science and Industry Corporation")
                .get("id")
                .asString();

        assertThat(entry("Aisino Corporation").get("parentId").asString()).isEqualTo(casic);
        assertThat(entry("Aerosun Corporation").get("parentId").asString()).isEqualTo(casic);
        String avic = entry("Aviation Industry Corporation of China").get("id").asString();
        JsonNode shenyang = entry("Shenyang Aircraft Design Institute");
        assertThat(shenyang.get("parentId").asString()).isEqualTo(avic);
        assertThat(shenyang.get("aliases").valueStream().map(JsonNode::asString))
                .contains("Shenyang Aircraft Design and Research Institute");
    }

    @Test
    void theNextEditionOfAListFindsTheMergedEntryUnderEitherNameAndKeepsEveryEdition() {
        JsonNode dryRun = api.post(
                        "/api/v1/rulebook/imports?dryRun=true",
                        "name,aliases,country,list,edition,date,url\n"
                                + "\"Dawning Information Industry Co., Ltd. (Sugon)\",,CN,US_1260H,2027-01-07,2027-01-07,"
                                + "https://example.org/1260h\n",
                        "text/csv")
                .body();

        JsonNode changed = dryRun.get("changed");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("name").asString()).isEqualTo("Dawning Information Industry Co., Ltd.");
        JsonNode listings = changed.get(0).get("after").get("listings");
        assertThat(listings).hasSize(1);
        assertThat(listings.get(0).get("editions").asString())
                .isEqualTo("2022-10-05; 2025-01-07; 2026-06-08; 2027-01-07");
    }

    @Test
    void theRulebookBeforeTheRevisionStillHasBothEntries() {
        RulebookSnapshot before = snapshots.asOf(mergeRevision() - 1).orElseThrow();

        List<InstitutionRule> medical = before.institutions().stream()
                .filter(i ->
                        i.name().equals("Navy Medical University") || i.name().equals("Naval Medical University"))
                .toList();
        assertThat(medical).hasSize(2);
        assertThat(medical.stream().flatMap(i -> i.listings().stream()).map(Listing::listCode))
                .containsExactlyInAnyOrder("ASPI_TRACKER", "CA_NRO", "DOD_1286");
        assertThat(before.institutions().stream()
                        .filter(i -> i.name().equals("Aisino Corporation"))
                        .map(InstitutionRule::parentId))
                .containsOnlyNulls();
    }

    private int mergeRevision() {
        return jdbc.sql("select revision from rulebook_revision where summary = ?")
                .param(V23__rulebook_institution_merges.SUMMARY)
                .query(Integer.class)
                .single();
    }

    private JsonNode entry(String name) {
        JsonNode matches = api.get(
                        "/api/v1/rulebook/institutions/matches?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .body()
                .get("matches");
        assertThat(matches.get(0).get("name").asString()).isEqualTo(name);
        return api.get("/api/v1/rulebook/institutions/"
                        + matches.get(0).get("id").asString())
                .body();
    }
}
