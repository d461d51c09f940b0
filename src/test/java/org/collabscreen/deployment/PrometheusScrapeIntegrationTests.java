package org.collabscreen.deployment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus scrape as a deployment runs it: on a management port of its own, without a key, with each of the
 * application's metrics present after a screening; the API port gives it to nobody without an ADMIN key.
 */
@TestPropertySource(properties = "management.server.port=0")
class PrometheusScrapeIntegrationTests extends ApiTest {

    private static final String PROPOSAL = """
            {"institution": "Chinese Academy of Sciences", "country": "CN",
             "technologyArea": "Flexible electronics for wearable sensors",
             "researchers": [{"name": "A. Researcher", "affiliations": ["Harbin Institute of Technology"],
                              "talentProgrammes": ["Thousand Talents Plan"]}]}""";

    @Autowired
    private Environment environment;

    @Test
    void managementPortExposesEveryApplicationMetricAfterAScreening() {
        String level = api.post("/api/v1/proposals", PROPOSAL)
                .body()
                .get("screening")
                .get("overallRisk")
                .asString();

        Api.Response scrape = managementPort().get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.text();
        assertThat(value(metrics, "collabscreen_screenings_total{level=\"" + level + "\"}"))
                .isGreaterThanOrEqualTo(1);
        for (String matcher : new String[] {"institutions", "programmes", "technology"}) {
            assertThat(value(metrics, "collabscreen_matcher_seconds_count{matcher=\"" + matcher + "\"}"))
                    .as(matcher)
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(value(metrics, "collabscreen_rulebook_revision"))
                .isEqualTo(api.get("/api/v1/rulebook").body().get("revision").asInt());
        assertThat(value(metrics, "collabscreen_impact_backlog")).isGreaterThanOrEqualTo(0);
        for (String outcome : new String[] {"delivered", "retrying", "failed"}) {
            assertThat(value(metrics, "collabscreen_webhook_deliveries_total{outcome=\"" + outcome + "\"}"))
                    .as(outcome)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void managementPortOpensTheScrapeAndNothingElseWithoutAKey() {
        assertThat(managementPort().withoutKey().get("/actuator/prometheus").status())
                .isEqualTo(200);
        assertThat(managementPort().withoutKey().get("/actuator/info").status()).isEqualTo(401);
        assertThat(managementPort()
                        .withoutKey()
                        .get("/actuator/health/readiness")
                        .status())
                .isEqualTo(200);
        assertThat(managementPort()
                        .withoutKey()
                        .get("/actuator/health/liveness")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void apiPortDoesNotServeTheScrapeWithoutAKey() {
        assertThat(api.withoutKey().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.withKey(api.createKey("scrapers", "SCREENER"))
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
    }

    private Api managementPort() {
        return Api.onPort(
                environment.getRequiredProperty("local.management.port", Integer.class),
                environment.getRequiredProperty("collabscreen.security.admin-api-key"));
    }

    /** A sample's value in the Prometheus text format, the line naming it exactly (labels included). */
    private static double value(String metrics, String sample) {
        Matcher line =
                Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(metrics);
        assertThat(line.find()).as("%s in the scrape:%n%s", sample, metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
