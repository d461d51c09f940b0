package org.collabscreen.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ListEditionImportIntegrationTests extends ApiTest {

    private static final String HEADER = "name,aliases,country,list,edition,date,url\n";

    @Autowired
    private JdbcClient jdbc;

    private String list;
    private String suffix;

    @BeforeEach
    void aListOfItsOwn() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        list = "TEST_LIST_" + suffix.toUpperCase();
        jdbc.sql(
                        "insert into watch_list (code, name, authority, consequence) values (:code, 'Test list', 'Test', 'Test')")
                .param("code", list)
                .update();
    }

    @Test
    void aDryRunShowsTheDiffWithoutApplyingItAndApplyingMakesOneRevision() {
        Api.Response first = importCsv(false, row("Alder Institute", "", "2025") + row("Birch Academy", "BA", "2025"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(names(first.body(), "added"))
                .containsExactlyInAnyOrder(name("Alder Institute"), name("Birch Academy"));
        Editing editing = new Editing(api);
        int revision = editing.currentRevision();
        String secondEdition = row("Alder Institute", "Alder Inst.", "2026") + row("Cedar University", "", "2026");

        Api.Response dryRun = importCsv(true, secondEdition);

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body().get("revision").isNull()).isTrue();
        assertThat(names(dryRun.body(), "added")).containsExactly(name("Cedar University"));
        assertThat(names(dryRun.body(), "changed")).containsExactly(name("Alder Institute"));
        assertThat(names(dryRun.body(), "retired")).containsExactly(name("Birch Academy"));
        JsonNode alder = dryRun.body().get("changed").get(0).get("after");
        assertThat(alder.get("aliases").toString()).contains("Alder Inst.");
        assertThat(alder.get("listings").get(0).get("editions").asString()).isEqualTo("2025; 2026");
        assertThat(editing.currentRevision()).isEqualTo(revision);

        Api.Response applied = importCsv(false, secondEdition);

        assertThat(applied.status()).isEqualTo(201);
        assertThat(applied.body().get("revision").asInt()).isEqualTo(revision + 1);
        assertThat(editing.currentRevision()).isEqualTo(revision + 1);
        JsonNode diff = api.get("/api/v1/rulebook/revisions/" + (revision + 1)).body();
        assertThat(diff.get("changes").get("totalItems").asInt()).isEqualTo(3);
        String birch = dryRun.body().get("retired").get(0).get("id").asString();
        JsonNode delisted = api.get("/api/v1/rulebook/institutions/" + birch).body();
        assertThat(delisted.get("retired").asBoolean()).isFalse();
        assertThat(delisted.get("listings").get(0).get("current").asBoolean()).isFalse();
        JsonNode audit = api.get("/api/v1/audit-events?action=RULEBOOK_IMPORTED&subjectId=" + list)
                .body();
        assertThat(audit.get("items").get(0).get("after").get("revision").asInt())
                .isEqualTo(revision + 1);

        Api.Response again = importCsv(false, secondEdition);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(2);
        assertThat(editing.currentRevision()).isEqualTo(revision + 1);
    }

    @Test
    void refusesBadRowsNamingTheRowAndColumnAndChangesNothing() {
        int revision = new Editing(api).currentRevision();

        assertThat(errorField(api.post("/api/v1/rulebook/imports", "name,country\nX,CN\n", "text/csv")))
                .isEqualTo("csv");
        assertThat(errorField(importCsv(false, "only,two\n"))).isEqualTo("rows[0].csv");
        assertThat(errorField(importCsv(false, row("Good", "", "2025") + name("Bad") + ",,XX," + list + ",2025,,\n")))
                .isEqualTo("rows[1].country");
        assertThat(errorField(importCsv(false, row("Good", "", "2025") + name("Other") + ",,CN,DOD_1286,2025,,\n")))
                .isEqualTo("rows[1].list");
        assertThat(errorField(importCsv(false, name("Dated") + ",,CN," + list + ",2025,31/01/2025,\n")))
                .isEqualTo("rows[0].date");
        assertThat(errorField(importCsv(false, name("Nowhere") + ",,CN,NO_SUCH_LIST,2025,,\n")))
                .isEqualTo("rows[0].list");
        assertThat(errorField(importCsv(true, name("Evil\u0000Institute") + ",,CN," + list + ",2025,,\n")))
                .isEqualTo("rows[0].name");
        assertThat(errorField(importCsv(true, row("Twice", "", "2025") + row("Twice", "", "2025"))))
                .isEqualTo("rows[1].name");
        assertThat(errorField(importCsv(true, name("Linked") + ",,CN," + list + ",2025,,javascript:alert(1)\n")))
                .isEqualTo("rows[0].url");
        assertThat(errorField(importCsv(true, name("Spoofed\u202eName") + ",,CN," + list + ",2025,,\n")))
                .isEqualTo("rows[0].name");
        assertThat(new Editing(api).currentRevision()).isEqualTo(revision);
    }

    private Api.Response importCsv(boolean dryRun, String rows) {
        return api.post("/api/v1/rulebook/imports?dryRun=" + dryRun, HEADER + rows, "text/csv");
    }

    private String row(String institution, String aliases, String edition) {
        return name(institution) + "," + aliases + ",CN," + list + "," + edition
                + ",2026-01-31,https://example.org/list\n";
    }

    private String name(String institution) {
        return institution + " " + suffix;
    }

    private static List<String> names(JsonNode result, String section) {
        List<String> names = new ArrayList<>();
        result.get(section).forEach(entry -> names.add(entry.get("name").asString()));
        return names;
    }

    private static String errorField(Api.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asString();
    }
}
