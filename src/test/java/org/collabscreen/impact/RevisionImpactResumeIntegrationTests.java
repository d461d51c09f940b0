package org.collabscreen.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionImpactResumeIntegrationTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aJobInterruptedMidwayResumesAfterTheLastProposalItFinished() {
        String programme =
                "Resumption Talent Plan " + UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(api.post("/api/v1/proposals", json("""
                    {'institution': 'Universidad de Zaragoza', 'country': 'ES', 'technologyArea': 'semiconductor lithography',
                     'researchers': [{'name': 'R. Researcher', 'affiliations': [], 'talentProgrammes': ['%s']}]}""".formatted(programme)))
                    .body()
                    .get("id")
                    .asString());
        }
        String finishedBeforeTheRestart = ids.get(0); // the job walks proposals in the order they were inserted

        int revision = revisionStoppedAfter(finishedBeforeTheRestart, programme);

        JsonNode impact = new Editing(api).awaitImpact(revision);
        List<String> changed = new ArrayList<>();
        impact.get("changed")
                .forEach(entry -> changed.add(entry.get("proposalId").asString()));
        assertThat(changed).contains(ids.get(1)).doesNotContain(finishedBeforeTheRestart);
    }

    /** What a restart leaves: a revision whose job already finished the proposals up to and including one. */
    private int revisionStoppedAfter(String lastFinished, String programme) {
        int revision = jdbc.sql("""
                        insert into rulebook_revision (revision, changed_at, actor, summary)
                        select max(revision) + 1, now(), 'test', 'interrupted' from rulebook_revision returning revision""").query(Integer.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)
                        values ('TALENT_PROGRAMME', :key, :revision, 'RESUMPTION_TP', cast(:document as jsonb))""")
                .param("key", id.toString())
                .param("revision", revision)
                .param("document", """
                        {"id": "%s", "code": "RESUMPTION_TP", "name": "%s", "parentId": null, "country": "CN",
                         "aliases": [], "source": {"name": "Test", "url": null, "date": null}}""".formatted(id, programme))
                .update();
        jdbc.sql("""
                        insert into revision_impact_job (revision, created_at, status, last_xid, last_proposal_id, checked)
                        select :revision, now(), 'PENDING', inserted_xid, id, 1 from proposal where id = :last""")
                .param("revision", revision)
                .param("last", UUID.fromString(lastFinished))
                .update();
        return revision;
    }
}
