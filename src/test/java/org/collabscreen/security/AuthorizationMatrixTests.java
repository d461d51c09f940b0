package org.collabscreen.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.api.SoftAssertions;
import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every endpoint with no key and with a key of each role, and checks the status against the table. Fails too
 * when the application has an endpoint the table does not classify: add a row for it (and a rule to
 * {@code AccessRules} if ADMIN-only is not right).
 */
class AuthorizationMatrixTests extends ApiTest {

    private static final String PROPOSAL = """
            {"institution": "University of Cambridge", "country": "GB", "technologyArea": "River pollution monitoring"}""";
    private static final String KEY = """
            {"name": "matrix", "client": "matrix", "roles": ["SCREENER"]}""";
    private static final String BATCH = "{\"proposals\": [" + PROPOSAL + "]}";
    private static final String WEBHOOK = """
            {"url": "http://127.0.0.1:9/hooks", "events": ["SCREENING_RISK_CHANGED"]}""";
    private static final String RULE_CATEGORY = """
            {"name": "X", "points": 1, "keywords": ["x"], "source": {"name": "X"}}""";
    private static final String RULE_COUNTRY = """
            {"name": "China", "designations": [{"basis": "X", "source": {"name": "X"}}]}""";
    private static final List<String> CALLERS = List.of("no key", "SCREENER", "AUDITOR", "RULEBOOK_EDITOR", "ADMIN");

    /** (method, path template as mapped) × (no key, SCREENER, AUDITOR, RULEBOOK_EDITOR, ADMIN) → status. */
    private static final List<Row> MATRIX = List.of(
            row("POST", "/api/v1/proposals", "/api/v1/proposals", PROPOSAL, 401, 201, 403, 403, 201),
            row("GET", "/api/v1/proposals", "/api/v1/proposals", null, 401, 200, 200, 403, 200),
            row("POST", "/api/v1/proposals/batch", "/api/v1/proposals/batch", BATCH, 401, 200, 403, 403, 200),
            row("GET", "/api/v1/proposals/{id}", "/api/v1/proposals/${proposal}", null, 401, 200, 200, 403, 200),
            row(
                    "POST",
                    "/api/v1/proposals/{id}/screenings",
                    "/api/v1/proposals/${proposal}/screenings",
                    null,
                    401,
                    201,
                    403,
                    403,
                    201),
            row(
                    "GET",
                    "/api/v1/proposals/{id}/screenings",
                    "/api/v1/proposals/${proposal}/screenings",
                    null,
                    401,
                    200,
                    200,
                    403,
                    200),
            row("GET", "/api/v1/cases", "/api/v1/cases", null, 401, 403, 200, 403, 200),
            row(
                    "PATCH",
                    "/api/v1/cases/{proposalId}",
                    "/api/v1/cases/${proposal}",
                    "{\"assignee\": \"matrix\"}",
                    401,
                    403,
                    403,
                    403,
                    200),
            row(
                    "POST",
                    "/api/v1/proposals/{id}/dispositions",
                    "/api/v1/proposals/${proposal}/dispositions",
                    "{}",
                    401,
                    403,
                    403,
                    403,
                    400),
            row(
                    "GET",
                    "/api/v1/proposals/{id}/dispositions",
                    "/api/v1/proposals/${proposal}/dispositions",
                    null,
                    401,
                    200,
                    200,
                    403,
                    200),
            row(
                    "POST",
                    "/api/v1/proposals/{id}/decisions",
                    "/api/v1/proposals/${proposal}/decisions",
                    "{}",
                    401,
                    403,
                    403,
                    403,
                    400),
            row(
                    "GET",
                    "/api/v1/proposals/{id}/decisions",
                    "/api/v1/proposals/${proposal}/decisions",
                    null,
                    401,
                    200,
                    200,
                    403,
                    200),
            row(
                    "GET",
                    "/api/v1/proposals/{id}/decisions/{decisionId}",
                    "/api/v1/proposals/${proposal}/decisions/${random}",
                    null,
                    401,
                    404,
                    404,
                    403,
                    404),
            row(
                    "POST",
                    "/api/v1/proposals/{id}/decisions/{decisionId}/approvals",
                    "/api/v1/proposals/${proposal}/decisions/${random}/approvals",
                    null,
                    401,
                    403,
                    403,
                    403,
                    404),
            row(
                    "PATCH",
                    "/api/v1/proposals/{id}/decisions/{decisionId}/conditions/{conditionId}",
                    "/api/v1/proposals/${proposal}/decisions/${random}/conditions/${random}",
                    "{\"status\": \"MET\"}",
                    401,
                    403,
                    403,
                    403,
                    404),
            row(
                    "GET",
                    "/api/v1/proposals/{id}/evidence",
                    "/api/v1/proposals/${proposal}/evidence",
                    null,
                    401,
                    403,
                    200,
                    403,
                    200),
            row(
                    "POST",
                    "/api/v1/evidence/verification",
                    "/api/v1/evidence/verification",
                    "{}",
                    401,
                    200,
                    200,
                    200,
                    200),
            row("GET", "/api/v1/evidence/signing-key", "/api/v1/evidence/signing-key", null, 401, 200, 200, 200, 200),
            row("GET", "/api/v1/rulebook", "/api/v1/rulebook", null, 401, 200, 200, 200, 200),
            row(
                    "GET",
                    "/api/v1/rulebook/institutions",
                    "/api/v1/rulebook/institutions?country=CN",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/institutions/{key}",
                    "/api/v1/rulebook/institutions/${institution}",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/institutions/matches",
                    "/api/v1/rulebook/institutions/matches?name=Harbin%20Institute%20of%20Technology&country=CN",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/technology-categories",
                    "/api/v1/rulebook/technology-categories",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/technology-categories/{key}",
                    "/api/v1/rulebook/technology-categories/SEMICONDUCTORS",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/technology-categories/matches",
                    "/api/v1/rulebook/technology-categories/matches?text=semiconductor%20lithography",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/talent-programmes",
                    "/api/v1/rulebook/talent-programmes",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/talent-programmes/{key}",
                    "/api/v1/rulebook/talent-programmes/${programme}",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/talent-programmes/matches",
                    "/api/v1/rulebook/talent-programmes/matches?name=Thousand%20Talents",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row("GET", "/api/v1/rulebook/countries", "/api/v1/rulebook/countries", null, 401, 200, 200, 200, 200),
            row(
                    "GET",
                    "/api/v1/rulebook/countries/{key}",
                    "/api/v1/rulebook/countries/CN",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row("GET", "/api/v1/frameworks", "/api/v1/frameworks", null, 401, 200, 200, 200, 200),
            row(
                    "GET",
                    "/api/v1/rulebook/framework-editions/{key}",
                    "/api/v1/rulebook/framework-editions/CA_STRAC_2024-05",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/scoring-policy",
                    "/api/v1/rulebook/scoring-policy",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "POST",
                    "/api/v1/rulebook/institutions",
                    "/api/v1/rulebook/institutions",
                    "{}",
                    401,
                    403,
                    403,
                    400,
                    400),
            row(
                    "PUT",
                    "/api/v1/rulebook/institutions/{key}",
                    "/api/v1/rulebook/institutions/${institution}",
                    "{\"name\": \"X\"}",
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "DELETE",
                    "/api/v1/rulebook/institutions/{key}",
                    "/api/v1/rulebook/institutions/${institution}",
                    null,
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "POST",
                    "/api/v1/rulebook/technology-categories",
                    "/api/v1/rulebook/technology-categories",
                    "{}",
                    401,
                    403,
                    403,
                    400,
                    400),
            row(
                    "PUT",
                    "/api/v1/rulebook/technology-categories/{key}",
                    "/api/v1/rulebook/technology-categories/SEMICONDUCTORS",
                    RULE_CATEGORY,
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "DELETE",
                    "/api/v1/rulebook/technology-categories/{key}",
                    "/api/v1/rulebook/technology-categories/SEMICONDUCTORS",
                    null,
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "POST",
                    "/api/v1/rulebook/talent-programmes",
                    "/api/v1/rulebook/talent-programmes",
                    "{}",
                    401,
                    403,
                    403,
                    400,
                    400),
            row(
                    "PUT",
                    "/api/v1/rulebook/talent-programmes/{key}",
                    "/api/v1/rulebook/talent-programmes/${programme}",
                    "{\"code\": \"X\", \"name\": \"X\", \"source\": {\"name\": \"X\"}}",
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "DELETE",
                    "/api/v1/rulebook/talent-programmes/{key}",
                    "/api/v1/rulebook/talent-programmes/${programme}",
                    null,
                    401,
                    403,
                    403,
                    428,
                    428),
            row("POST", "/api/v1/rulebook/countries", "/api/v1/rulebook/countries", "{}", 401, 403, 403, 400, 400),
            row(
                    "PUT",
                    "/api/v1/rulebook/countries/{key}",
                    "/api/v1/rulebook/countries/CN",
                    RULE_COUNTRY,
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "DELETE",
                    "/api/v1/rulebook/countries/{key}",
                    "/api/v1/rulebook/countries/CN",
                    null,
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "POST",
                    "/api/v1/rulebook/framework-editions",
                    "/api/v1/rulebook/framework-editions",
                    "{}",
                    401,
                    403,
                    403,
                    400,
                    400),
            row(
                    "PUT",
                    "/api/v1/rulebook/framework-editions/{key}",
                    "/api/v1/rulebook/framework-editions/CA_STRAC_2024-05",
                    "{}",
                    401,
                    403,
                    403,
                    400,
                    400),
            row(
                    "DELETE",
                    "/api/v1/rulebook/framework-editions/{key}",
                    "/api/v1/rulebook/framework-editions/CA_STRAC_2024-05",
                    null,
                    401,
                    403,
                    403,
                    428,
                    428),
            row(
                    "PUT",
                    "/api/v1/rulebook/scoring-policy",
                    "/api/v1/rulebook/scoring-policy",
                    "{}",
                    401,
                    403,
                    403,
                    400,
                    400),
            row("POST", "/api/v1/rulebook/imports", "/api/v1/rulebook/imports", null, 401, 403, 403, 415, 415),
            row("GET", "/api/v1/rulebook/revisions", "/api/v1/rulebook/revisions", null, 401, 200, 200, 200, 200),
            row(
                    "GET",
                    "/api/v1/rulebook/revisions/{revision}",
                    "/api/v1/rulebook/revisions/1",
                    null,
                    401,
                    200,
                    200,
                    200,
                    200),
            row(
                    "GET",
                    "/api/v1/rulebook/revisions/{revision}/impact",
                    "/api/v1/rulebook/revisions/1/impact",
                    null,
                    401,
                    404,
                    404,
                    404,
                    404),
            row("GET", "/api/v1/audit-events", "/api/v1/audit-events", null, 401, 403, 200, 403, 200),
            row(
                    "GET",
                    "/api/v1/audit-events/verification",
                    "/api/v1/audit-events/verification",
                    null,
                    401,
                    403,
                    200,
                    403,
                    200),
            row(
                    "GET",
                    "/api/v1/audit-events/checkpoint",
                    "/api/v1/audit-events/checkpoint",
                    null,
                    401,
                    403,
                    200,
                    403,
                    200),
            row("POST", "/api/v1/api-keys", "/api/v1/api-keys", KEY, 401, 403, 403, 403, 201),
            row("GET", "/api/v1/api-keys", "/api/v1/api-keys", null, 401, 403, 403, 403, 200),
            row("DELETE", "/api/v1/api-keys/{id}", "/api/v1/api-keys/${key}", null, 401, 403, 403, 403, 204),
            row("POST", "/api/v1/webhooks", "/api/v1/webhooks", WEBHOOK, 401, 403, 403, 403, 201),
            row("GET", "/api/v1/webhooks", "/api/v1/webhooks", null, 401, 403, 403, 403, 200),
            row("GET", "/api/v1/webhooks/{id}", "/api/v1/webhooks/${webhook}", null, 401, 403, 403, 403, 200),
            row("DELETE", "/api/v1/webhooks/{id}", "/api/v1/webhooks/${webhook}", null, 401, 403, 403, 403, 204),
            row(
                    "GET",
                    "/api/v1/webhooks/{id}/deliveries",
                    "/api/v1/webhooks/${webhook}/deliveries",
                    null,
                    401,
                    403,
                    403,
                    403,
                    200),
            row("GET", "/v3/api-docs", "/v3/api-docs", null, 200, 200, 200, 200, 200),
            row("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml", null, 200, 200, 200, 200, 200),
            row("GET", "/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", null, 200, 200, 200, 200, 200),
            row("GET", "/swagger-ui.html", "/swagger-ui.html", null, 302, 302, 302, 302, 302),
            row("*", "/error", "/error", null, 401, 403, 403, 403, 404),
            row("GET", "/actuator/health", "/actuator/health", null, 200, 200, 200, 200, 200),
            row("GET", "/actuator/prometheus", "/actuator/prometheus", null, 401, 403, 403, 403, 200));

    /**
     * A REVIEWER (of the SCREENER's client) answers like the SCREENER column except on these rows: it reviews, but
     * submits and re-screens nothing.
     */
    private static final Map<String, Integer> REVIEWER_UNLIKE_SCREENER = Map.ofEntries(
            Map.entry("POST /api/v1/proposals", 403),
            Map.entry("POST /api/v1/proposals/batch", 403),
            Map.entry("POST /api/v1/proposals/{id}/screenings", 403),
            Map.entry("GET /api/v1/cases", 200),
            Map.entry("PATCH /api/v1/cases/{proposalId}", 200),
            Map.entry("POST /api/v1/proposals/{id}/dispositions", 400),
            Map.entry("POST /api/v1/proposals/{id}/decisions", 400),
            Map.entry("POST /api/v1/proposals/{id}/decisions/{decisionId}/approvals", 404),
            Map.entry("PATCH /api/v1/proposals/{id}/decisions/{decisionId}/conditions/{conditionId}", 404),
            Map.entry("GET /api/v1/proposals/{id}/evidence", 200));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointAnswersEachRoleAsTheTableSays() {
        Map<String, Api> callers = callers();
        Map<String, Supplier<String>> values = values(callers.get("SCREENER"));
        SoftAssertions softly = new SoftAssertions();
        StringBuilder report = new StringBuilder("| endpoint | " + String.join(" | ", CALLERS) + " |\n");
        for (Row row : MATRIX) {
            report.append("| ").append(row.method()).append(' ').append(row.template());
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = call(callers.get(CALLERS.get(i)), row, values);
                report.append(" | ").append(status);
                softly.assertThat(status)
                        .as("%s %s with %s", row.method(), row.template(), CALLERS.get(i))
                        .isEqualTo(row.expected()[i]);
            }
            report.append(" |\n");
        }
        System.out.println("Authorization matrix (actual statuses):\n" + report);
        softly.assertAll();
    }

    @Test
    void aReviewerAnswersLikeAScreenerExceptWhereItReviews() {
        Map<String, Api> callers = callers();
        Map<String, Supplier<String>> values = values(callers.get("SCREENER"));
        Api reviewer = api.withKey(api.createKey("matrix", "REVIEWER"));
        SoftAssertions softly = new SoftAssertions();
        for (Row row : MATRIX) {
            String endpoint = row.method() + " " + row.template();
            int expected = REVIEWER_UNLIKE_SCREENER.getOrDefault(endpoint, row.expected()[1]);
            softly.assertThat(call(reviewer, row, values))
                    .as("%s with REVIEWER", endpoint)
                    .isEqualTo(expected);
        }
        softly.assertAll();
    }

    @Test
    void everyEndpointOfTheApplicationIsInTheTable() {
        Set<String> classified = new TreeSet<>();
        MATRIX.forEach(row -> classified.add(row.method() + " " + row.template()));
        Set<String> unclassified = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("*");
            }
            for (String pattern : info.getPatternValues()) {
                methods.stream()
                        .map(method -> method + " " + pattern)
                        .filter(key -> !classified.contains(key))
                        .forEach(unclassified::add);
            }
        }

        assertThat(unclassified)
                .as("endpoints missing from AuthorizationMatrixTests.MATRIX; classify each "
                        + "(and give it a rule in AccessRules unless it is for ADMIN only)")
                .isEmpty();
    }

    /**
     * Rules for endpoints other branches add (rulebook changes, audit trail, batch intake, webhooks): a caller the
     * rules refuse gets 403 whether or not the endpoint exists yet; one they let through gets past security.
     */
    @Test
    void endpointsStillToComeAreAlreadyGuardedByTheirRules() {
        Map<String, Api> callers = callers();
        Map<String, List<String>> allowedByRequest = Map.of(
                "PUT /api/v1/rulebook/institutions/" + UUID.randomUUID(),
                List.of("RULEBOOK_EDITOR", "ADMIN"),
                "POST /api/v1/rulebook/imports",
                List.of("RULEBOOK_EDITOR", "ADMIN"),
                "DELETE /api/v1/rulebook/talent-programmes/" + UUID.randomUUID(),
                List.of("RULEBOOK_EDITOR", "ADMIN"),
                "PUT /api/v1/rulebook/scoring-policy",
                List.of("RULEBOOK_EDITOR", "ADMIN"),
                "GET /api/v1/rulebook/revisions",
                List.of("SCREENER", "AUDITOR", "RULEBOOK_EDITOR", "ADMIN"),
                "GET /api/v1/audit-events",
                List.of("AUDITOR", "ADMIN"),
                "POST /api/v1/proposals/batch",
                List.of("SCREENER", "ADMIN"),
                "GET /api/v1/webhooks",
                List.of("ADMIN"));
        SoftAssertions softly = new SoftAssertions();
        allowedByRequest.forEach((request, allowed) -> {
            String[] methodAndPath = request.split(" ");
            for (String caller : CALLERS.subList(1, CALLERS.size())) {
                int status = callers.get(caller)
                        .send(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1], "{}")
                        .status();
                if (allowed.contains(caller)) {
                    softly.assertThat(status).as("%s with %s", request, caller).isNotIn(401, 403);
                } else {
                    softly.assertThat(status).as("%s with %s", request, caller).isEqualTo(403);
                }
            }
        });
        softly.assertAll();
    }

    private Map<String, Api> callers() {
        return Map.of(
                "no key",
                api.withoutKey(),
                "SCREENER",
                api.withKey(api.createKey("matrix", "SCREENER")),
                "AUDITOR",
                api.withKey(api.createKey("matrix-audit", "AUDITOR")),
                "RULEBOOK_EDITOR",
                api.withKey(api.createKey("matrix-rules", "RULEBOOK_EDITOR")),
                "ADMIN",
                api);
    }

    /** Values for the path variables: a proposal of the SCREENER's client, real rulebook ids, a fresh key each time. */
    private Map<String, Supplier<String>> values(Api screener) {
        String proposal =
                screener.post("/api/v1/proposals", PROPOSAL).body().get("id").asString();
        String institution = api.get("/api/v1/rulebook/institutions?country=CN&size=1")
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String programme = api.get("/api/v1/rulebook/talent-programmes")
                .body()
                .get(0)
                .get("id")
                .asString();
        return Map.of(
                "${proposal}",
                () -> proposal,
                "${institution}",
                () -> institution,
                "${programme}",
                () -> programme,
                "${key}",
                () -> api.post("/api/v1/api-keys", KEY).body().get("id").asString(),
                "${webhook}",
                () -> api.post("/api/v1/webhooks", WEBHOOK).body().get("id").asString(),
                "${random}",
                () -> UUID.randomUUID().toString());
    }

    private static int call(Api caller, Row row, Map<String, Supplier<String>> values) {
        String path = row.example();
        for (var value : values.entrySet()) {
            if (path.contains(value.getKey())) {
                path = path.replace(value.getKey(), value.getValue().get());
            }
        }
        String method = "*".equals(row.method()) ? "GET" : row.method();
        return caller.send(HttpMethod.valueOf(method), path, row.body()).status();
    }

    private static Row row(String method, String template, String example, String body, int... expected) {
        return new Row(method, template, example, body, expected);
    }

    private record Row(String method, String template, String example, String body, int[] expected) {}
}
