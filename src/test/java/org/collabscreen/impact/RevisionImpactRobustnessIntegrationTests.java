package org.collabscreen.impact;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The change-impact job finishes whatever it meets: old data, a schema upgrade mid-job, a transaction committing late. */
class RevisionImpactRobustnessIntegrationTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void aProposalStoredBeforeStricterInputChecksIsStillReadAndItsJobFinishes() {
        String programme = programme("Legacy");
        String id = create(programme);
        // A researcher name with a control character, as an older version could have stored it.
        jdbc.sql("""
                        update proposal set researchers = jsonb_set(researchers, '{0,name}', to_jsonb(cast(E'R. Bell\\u0007' as text)))
                        where id = :id""").param("id", UUID.fromString(id)).update();

        Api.Response read = api.get("/api/v1/proposals/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().get("researchers").get(0).get("name").asString()).isEqualTo("R. Bell\u0007");

        JsonNode impact = new Editing(api).awaitImpact(list(programme));
        assertThat(changedIds(impact)).contains(id);
    }

    @Test
    void aJobPartWayThroughWhenTheSchemaChangedStartsItsWalkAgainAndFinishes() {
        String programme = programme("Upgrade");
        String alreadyRecorded = create(programme);
        String notYetChecked = create(programme);
        int revision = revisionListing(programme);
        String screening = jdbc.sql("select cast(id as text) from screening where proposal_id = :id")
                .param("id", UUID.fromString(alreadyRecorded))
                .query(String.class)
                .single();
        // What the upgrade leaves: a pending job with no cursor in the new order, which had already recorded one
        // change.
        jdbc.sql("insert into revision_impact_job (revision, created_at, status) values (:revision, now(), 'PENDING')")
                .param("revision", revision)
                .update();
        jdbc.sql("""
                        insert into revision_impact (revision, proposal_id, screening_id, old_risk, new_risk)
                        values (:revision, :proposal, cast(:screening as uuid), 'MEDIUM', 'CRITICAL')""")
                .param("revision", revision)
                .param("proposal", UUID.fromString(alreadyRecorded))
                .param("screening", screening)
                .update();

        JsonNode impact = new Editing(api).awaitImpact(revision);
        assertThat(changedIds(impact)).containsOnlyOnce(alreadyRecorded, notYetChecked);
    }

    @Test
    void aProposalWhoseTransactionCommitsLateIsNotMissed() throws Exception {
        String programme = programme("Latecomer");
        String early = create(programme);
        UUID late = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient slow = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            copyProposal(slow, UUID.fromString(early), late);

            int revision = list(programme);
            await().atMost(java.time.Duration.ofSeconds(15))
                    .until(() -> changedIds(impact(revision)).contains(early));
            connection.commit();

            JsonNode impact = new Editing(api).awaitImpact(revision);
            assertThat(changedIds(impact)).contains(early, late.toString());
        }
    }

    private JsonNode impact(int revision) {
        return api.get("/api/v1/rulebook/revisions/" + revision + "/impact").body();
    }

    /** Inserts a copy of a stored proposal and its screening, as a request still in its transaction would have. */
    private static void copyProposal(JdbcClient jdbc, UUID from, UUID to) {
        jdbc.sql("""
                        insert into proposal (id, created_at, reference, institution, country, technology_area, title,
                                              description, researchers, funding_sources, latest_overall_risk,
                                              latest_screened_at, client)
                        select :to, created_at, reference, institution, country, technology_area, title, description,
                               researchers, funding_sources, latest_overall_risk, latest_screened_at, client
                        from proposal where id = :from""").param("from", from).param("to", to).update();
        jdbc.sql("""
                        insert into screening (id, proposal_id, screened_at, rulebook_revision, overall_risk,
                                               dual_use_score, talent_programme_score, assessment, reproduction)
                        select gen_random_uuid(), :to, screened_at, rulebook_revision, overall_risk, dual_use_score,
                               talent_programme_score, assessment, reproduction
                        from screening where proposal_id = :from""").param("from", from).param("to", to).update();
    }

    /** Lists the talent programme through the API: a revision whose job runs in the background. */
    private int list(String programme) {
        Api.Response created =
                api.post("/api/v1/rulebook/talent-programmes", json("""
                {'code': '%s', 'name': '%s', 'country': 'CN', 'source': {'name': 'Test edition'}}""".formatted(code(programme), programme)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Integer.parseInt(created.header("ETag").replace("\"", ""));
    }

    /** A revision listing the programme written straight into the tables, with no job queued for it. */
    private int revisionListing(String programme) {
        int revision = jdbc.sql("""
                        insert into rulebook_revision (revision, changed_at, actor, summary)
                        select max(revision) + 1, now(), 'test', 'upgraded mid-job' from rulebook_revision
                        returning revision""").query(Integer.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)
                        values ('TALENT_PROGRAMME', :key, :revision, :code, cast(:document as jsonb))""")
                .param("key", id.toString())
                .param("revision", revision)
                .param("code", code(programme))
                .param("document", """
                        {"id": "%s", "code": "%s", "name": "%s", "parentId": null, "country": "CN",
                         "aliases": [], "source": {"name": "Test", "url": null, "date": null}}""".formatted(id, code(programme), programme))
                .update();
        return revision;
    }

    private String create(String programme) {
        Api.Response created = api.post("/api/v1/proposals", json("""
                {'institution': 'Universidad de Zaragoza', 'country': 'ES', 'technologyArea': 'semiconductor lithography',
                 'researchers': [{'name': 'R. Researcher', 'affiliations': [], 'talentProgrammes': ['%s']}]}""".formatted(programme)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static List<String> changedIds(JsonNode impact) {
        List<String> ids = new ArrayList<>();
        impact.get("changed").forEach(entry -> ids.add(entry.get("proposalId").asString()));
        return ids;
    }

    private static String programme(String prefix) {
        return prefix + " Talent Plan " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String code(String programme) {
        return programme.toUpperCase().replaceAll("[^A-Z0-9]+", "_");
    }
}
