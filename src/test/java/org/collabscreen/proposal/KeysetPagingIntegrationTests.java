package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collabscreen.security.Viewer;
import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.web.PageTotals;
import org.collabscreen.web.TotalKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetPagingIntegrationTests extends ApiTest {

    @Test
    void followingNextCursorReadsEveryProposalOnceWhileNewOnesArrive() {
        String tag = "KP-" + UUID.randomUUID();
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(0, submit(tag, i));
        }

        List<String> read = new ArrayList<>();
        JsonNode page = api.get("/api/v1/proposals?q=" + tag + "&size=2").body();
        read.addAll(ids(page));
        submit(tag, 5);
        submit(tag, 6);
        while (!page.get("nextCursor").isNull()) {
            page = api.get("/api/v1/proposals?q=" + tag + "&size=2&cursor="
                            + page.get("nextCursor").asString())
                    .body();
            read.addAll(ids(page));
        }

        assertThat(read).containsExactlyElementsOf(submitted);
    }

    @Test
    void aSmallListIsCountedExactlyAndItsLastPageHasNoCursor() {
        String tag = "KE-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            submit(tag, i);
        }

        JsonNode first = api.get("/api/v1/proposals?q=" + tag + "&size=2").body();
        JsonNode second =
                api.get("/api/v1/proposals?q=" + tag + "&size=2&page=1").body();

        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        assertThat(first.get("totalKind").asString()).isEqualTo("EXACT");
        assertThat(first.get("nextCursor").isNull()).isFalse();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(second.get("totalKind").asString()).isEqualTo("EXACT");
    }

    @Test
    void beyondTheCountLimitTheTotalIsThePlannersEstimate(@Autowired ProposalListQuery query) {
        String tag = "KT-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            submit(tag, i);
        }
        ProposalFilter filter = new ProposalFilter(null, null, null, tag, null, null);

        PageTotals counted = query.total(filter, new Viewer("default", true), 3);
        PageTotals estimated = query.total(filter, new Viewer("default", true), 2);

        assertThat(counted).isEqualTo(new PageTotals(3, TotalKind.EXACT));
        assertThat(estimated.kind()).isEqualTo(TotalKind.ESTIMATE);
        assertThat(estimated.totalItems()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void offsetPagingStopsAtTenThousandItemsAndNamesTheCursorInstead() {
        Api.Response tooDeep = api.get("/api/v1/proposals?page=101&size=100");
        Api.Response deepest = api.get("/api/v1/proposals?page=100&size=100");

        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.body().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(tooDeep.body().get("errors").get(0).get("message").asString())
                .contains("nextCursor");
        assertThat(deepest.status()).isEqualTo(200);
    }

    @Test
    void aCursorThisApiDidNotGiveOutIsA400NamingIt() {
        Api.Response response = api.get("/api/v1/proposals?cursor=not-a-cursor");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    @Test
    void aProposalsScreeningsArePagedByTheLinkHeader() {
        String id = submit("KS-" + UUID.randomUUID(), 0);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/proposals/" + id + "/screenings", "").status())
                    .isEqualTo(201);
        }

        Api.Response first = api.get("/api/v1/proposals/" + id + "/screenings?limit=3");
        String next = first.header("Link");
        Api.Response second = api.get(next.substring(next.indexOf('<') + 1, next.indexOf('>')));

        assertThat(first.header("X-Total-Count")).isEqualTo("4");
        assertThat(first.body()).hasSize(3);
        assertThat(next).endsWith("; rel=\"next\"");
        assertThat(second.body()).hasSize(1);
        assertThat(second.header("Link")).isNull();
        List<String> all = new ArrayList<>();
        first.body().forEach(screening -> all.add(screening.get("id").asString()));
        second.body().forEach(screening -> all.add(screening.get("id").asString()));
        assertThat(all).doesNotHaveDuplicates().hasSize(4);
    }

    private String submit(String tag, int index) {
        Api.Response created = api.post("/api/v1/proposals", """
                {"institution": "University of Cambridge", "country": "GB", "technologyArea": "river pollution monitoring",
                 "reference": "%s-%d"}""".formatted(tag, index));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
