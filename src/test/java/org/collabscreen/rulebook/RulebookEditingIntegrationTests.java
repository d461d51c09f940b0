package org.collabscreen.rulebook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RulebookEditingIntegrationTests extends ApiTest {

    private static final String INSTITUTIONS = "/api/v1/rulebook/institutions";

    private Editing editing;

    @BeforeEach
    void editor() {
        editing = new Editing(api);
    }

    @Test
    void eachChangeMakesExactlyOneRevisionByTheCallersKeyAndAnswersWithTheNewEtag() {
        Api editor = api.withKey(api.createKey("compliance-office", "RULEBOOK_EDITOR"));
        int before = editing.currentRevision();
        Api.Response created = editor.post(INSTITUTIONS, institution(unique("Quillon Institute"), "DE"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"" + (before + 1) + "\"");
        String location = created.header("Location");

        Api.Response updated = new Editing(editor)
                .put(location, created.header("ETag"), institution(unique("Quillon Institute"), "AT"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("country").asString()).isEqualTo("AT");
        assertThat(updated.header("ETag")).isEqualTo("\"" + (before + 2) + "\"");
        assertThat(editing.currentRevision()).isEqualTo(before + 2);

        JsonNode revision =
                api.get("/api/v1/rulebook/revisions/" + (before + 2)).body();
        assertThat(revision.get("actor").asString()).isEqualTo("test key (compliance-office)");
        JsonNode change = revision.get("changes").get("items").get(0);
        assertThat(change.get("change").asString()).isEqualTo("CHANGED");
        assertThat(change.get("before").get("country").asString()).isEqualTo("DE");
        assertThat(change.get("after").get("country").asString()).isEqualTo("AT");
    }

    @Test
    void replacingWithTheSameRuleIsNoChangeAndMakesNoRevision() {
        String body = institution(unique("Stillwater Academy"), "NL");
        Api.Response created = api.post(INSTITUTIONS, body);
        int revision = editing.currentRevision();

        Api.Response same = editing.put(created.header("Location"), created.header("ETag"), body);

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(editing.currentRevision()).isEqualTo(revision);
    }

    @Test
    void editingWithoutIfMatchIsRefusedWith428AndAStaleOneWith412() {
        Api.Response created = api.post(INSTITUTIONS, institution(unique("Brackwater College"), "FR"));
        String location = created.header("Location");
        int revision = editing.currentRevision();

        Api.Response missing = editing.put(location, null, institution("Renamed", "FR"));
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().get("type").asString()).isEqualTo("/problems/precondition-required");
        assertThat(editing.delete(location, null).status()).isEqualTo(428);

        Api.Response stale = editing.delete(location, "\"" + (revision - 1) + "\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("type").asString()).isEqualTo("/problems/precondition-failed");
        assertThat(editing.currentRevision()).isEqualTo(revision);
        assertThat(api.get(location).body().get("retired").asBoolean()).isFalse();
    }

    @Test
    void concurrentEditsWithTheSameEtagLetOneWinAndRefuseTheRestWith412() throws Exception {
        Api.Response created = api.post(INSTITUTIONS, institution(unique("Contested Institute"), "SE"));
        String location = created.header("Location");
        String etag = created.header("ETag");
        int revision = editing.currentRevision();
        int editors = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Api.Response>> edits = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String name = "Contested Institute edit " + i;
            edits.add(() -> {
                start.await();
                return editing.put(location, etag, institution(name, "SE"));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Api.Response>> futures = new ArrayList<>();
        edits.forEach(edit -> futures.add(pool.submit(edit)));
        start.countDown();
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> future : futures) {
            responses.add(future.get());
        }
        pool.shutdown();

        List<Api.Response> winners =
                responses.stream().filter(response -> response.status() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 412).hasSize(editors - 1);
        assertThat(editing.currentRevision()).isEqualTo(revision + 1);
        JsonNode stored = api.get(location).body();
        assertThat(stored.get("name").asString())
                .isEqualTo(winners.get(0).body().get("name").asString());
    }

    @Test
    void aRetiredInstitutionNoLongerMatchesButStaysReadable() {
        String name = unique("Vexmoor Aerospace Laboratory");
        Api.Response created = api.post(INSTITUTIONS, institution(name, "RU"));
        awaitSnapshotRevision(editing.currentRevision());
        assertThat(matches(name)).contains(name);

        Api.Response retired = editing.delete(created.header("Location"), created.header("ETag"));

        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.body().get("retired").asBoolean()).isTrue();
        awaitSnapshotRevision(editing.currentRevision());
        assertThat(matches(name)).doesNotContain(name);
        JsonNode readable = api.get(created.header("Location")).body();
        assertThat(readable.get("name").asString()).isEqualTo(name);
        assertThat(readable.get("retired").asBoolean()).isTrue();
        assertThat(editing.delete(created.header("Location"), retired.header("ETag"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void refusesAListingOnAnUnknownListNamingTheField() {
        Api.Response response = api.post(INSTITUTIONS, json("""
                {'name': 'Nowhere Institute', 'country': 'CN', 'listings': [{'listCode': 'NO_SUCH_LIST',
                 'current': true, 'nameAsListed': 'Nowhere Institute', 'source': {'name': 'x'}}]}"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("listings[0].listCode");
    }

    @Test
    void refusesInvalidRulesNamingTheField() {
        Api.Response badCountry = api.post(INSTITUTIONS, json("{'name': 'X', 'country': 'XX'}"));
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.body().get("errors").get(0).get("field").asString())
                .isEqualTo("country");

        for (String url : new String[] {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "/relative"}) {
            Api.Response badSource = api.post(
                    "/api/v1/rulebook/technology-categories",
                    json("{'code': 'TEST_URL', 'name': 'x', 'points': 10, 'keywords': ['x'],"
                            + " 'source': {'name': 'x', 'url': '" + url + "'}}"));
            assertThat(badSource.status()).as(url).isEqualTo(400);
            assertThat(badSource.body().get("errors").get(0).get("field").asString())
                    .isEqualTo("source.url");
        }

        Api.Response badPoints = api.post("/api/v1/rulebook/technology-categories", json("""
                {'code': 'TEST_CAT', 'name': 'x', 'points': 101, 'keywords': ['x'], 'source': {'name': 'x'}}"""));
        assertThat(badPoints.status()).isEqualTo(400);
        assertThat(badPoints.body().get("errors").get(0).get("field").asString())
                .isEqualTo("points");

        assertThat(api.get(INSTITUTIONS + "/not-a-uuid")
                        .body()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("id");
        assertThat(api.get("/api/v1/rulebook/countries/XX").status()).isEqualTo(400);

        Api.Response unknownParent =
                api.post(INSTITUTIONS, json("{'name': 'X', 'parentId': '" + UUID.randomUUID() + "'}"));
        assertThat(unknownParent.status()).isEqualTo(400);
        assertThat(unknownParent.body().get("errors").get(0).get("field").asString())
                .isEqualTo("parentId");

        Api.Response blankOnReplace = editing.put(
                "/api/v1/rulebook/countries/RU",
                "*",
                json("{'name': '', 'designations': [{'basis': 'x', 'source': {'name': 'x'}}]}"));
        assertThat(blankOnReplace.status()).isEqualTo(400);
        assertThat(blankOnReplace.body().get("errors").get(0).get("field").asString())
                .isEqualTo("name");
    }

    @Test
    void createsReplacesAndRetiresTechnologyCategoriesAndCountries() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response category = api.post("/api/v1/rulebook/technology-categories", json("""
                {'code': '%s', 'name': 'Quasi-crystal levitation', 'points': 30,
                 'keywords': ['quasi-crystal levitation'], 'source': {'name': 'Test'}}""".formatted(code)));
        assertThat(category.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/rulebook/technology-categories", json("""
                {'code': '%s', 'name': 'Again', 'points': 30, 'keywords': ['again'], 'source': {'name': 'Test'}}""".formatted(code)))
                        .status())
                .isEqualTo(409);
        Api.Response replaced = editing.put(category.header("Location"), category.header("ETag"), json("""
                {'name': 'Quasi-crystal levitation', 'points': 40, 'keywords': ['quasi-crystal levitation'],
                 'source': {'name': 'Test'}}"""));
        assertThat(replaced.body().get("points").asInt()).isEqualTo(40);
        assertThat(editing.delete(category.header("Location"), replaced.header("ETag"))
                        .status())
                .isEqualTo(200);

        Api.Response country = api.post("/api/v1/rulebook/countries", json("""
                {'code': 'BY', 'name': 'Belarus', 'designations': [{'basis': 'Test designation', 'source': {'name': 'Test'}}]}"""));
        assertThat(country.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/rulebook/countries/BY").header("ETag")).isEqualTo(country.header("ETag"));
        Api.Response retired = editing.delete("/api/v1/rulebook/countries/BY", country.header("ETag"));
        assertThat(retired.body().get("retired").asBoolean()).isTrue();
    }

    @Test
    void scoringPolicyKeepsEveryParameterAndRequiresIfMatch() {
        Api.Response policy = api.get("/api/v1/rulebook/scoring-policy");
        String etag = policy.header("ETag");
        assertThat(etag).isNotBlank();
        String body = policy.text();
        int revision = editing.currentRevision();

        assertThat(editing.put("/api/v1/rulebook/scoring-policy", null, body).status())
                .isEqualTo(428);
        assertThat(editing.put("/api/v1/rulebook/scoring-policy", etag, body).status())
                .isEqualTo(200);
        assertThat(editing.currentRevision()).isEqualTo(revision);

        String firstKey =
                policy.body().get("parameters").propertyNames().iterator().next();
        String withoutOne = body.replaceFirst("\"" + firstKey + "\"\\s*:\\s*\\d+\\s*,?", "");
        Api.Response refused = editing.put("/api/v1/rulebook/scoring-policy", etag, withoutOne);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).startsWith("parameters.");
    }

    @Test
    void combinationRulesTakeOnlyTheRuleVocabulary() {
        Api.Response policy = api.get("/api/v1/rulebook/scoring-policy");
        String etag = policy.header("ETag");
        String body = policy.text();
        int revision = editing.currentRevision();

        Api.Response unknownFactor = editing.put(
                "/api/v1/rulebook/scoring-policy",
                etag,
                body.replaceFirst("\"SENSITIVE_TECHNOLOGY\"", "\"SENSITIVE_TECHNOLGY\""));
        Api.Response toLow = editing.put(
                "/api/v1/rulebook/scoring-policy",
                etag,
                body.replaceFirst("\"raisesTo\"\\s*:\\s*\"[A-Z]+\"", "\"raisesTo\": \"LOW\""));

        assertThat(unknownFactor.status()).isEqualTo(400);
        assertThat(unknownFactor.body().get("errors").get(0).get("field").asString())
                .matches("combinationRules\\[\\d+]\\.requires\\[\\d+]");
        assertThat(toLow.status()).isEqualTo(400);
        assertThat(toLow.body().get("errors").get(0).get("field").asString()).isEqualTo("combinationRules[0].raisesTo");
        assertThat(editing.currentRevision()).isEqualTo(revision);
    }

    private List<String> matches(String name) {
        JsonNode found = api.get("/api/v1/rulebook/institutions/matches?name=" + name.replace(" ", "+"))
                .body();
        List<String> names = new ArrayList<>();
        found.get("matches").forEach(match -> names.add(match.get("name").asString()));
        return names;
    }

    private void awaitSnapshotRevision(int revision) {
        await("rulebook revision " + revision + " in use")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/rulebook/institutions/matches?name=probe")
                                        .status()
                                == 200
                        && api.post("/api/v1/proposals", json("""
                                {'institution': 'Probe', 'country': 'DE', 'technologyArea': 'probe'}"""))
                                        .body()
                                        .get("screening")
                                        .get("rulebookRevision")
                                        .asInt()
                                >= revision);
    }

    static String institution(String name, String country) {
        return json("{'name': '" + name + "', 'country': '" + country + "', 'aliases': [], 'listings': []}");
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }
}
