package org.collabscreen.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs scripts/collabscreen-gate as a CI job would, against the running test server. */
class CollabScreenGateIntegrationTests extends ApiTest {

    @TempDir
    Path directory;

    @Test
    void passesWhenNoProposalReachesTheThreshold() throws Exception {
        Path file = write(
                "ok.json",
                json("{'proposals':[{'institution':'University of Cambridge','country':'GB',"
                        + "'technologyArea':'river pollution monitoring','reference':'GATE-OK'}]}"));

        Gate gate = run("--url", baseUrl(), "--fail-on", "HIGH", file.toString());

        assertThat(gate.exitCode()).isZero();
        assertThat(gate.output()).contains("GATE-OK", "LOW", "PASS");
    }

    @Test
    void failsWhenAProposalReachesTheThreshold() throws Exception {
        Path file = write("risky.csv", """
                reference,institution,country,technologyArea
                GATE-LOW,University of Cambridge,GB,river pollution monitoring
                GATE-RISK,"Harbin Institute of Technology",CN,"semiconductor lithography"
                """);

        Gate gate = run("--url", baseUrl(), "--fail-on", "high", file.toString());

        assertThat(gate.exitCode()).isOne();
        assertThat(gate.output()).contains("GATE-RISK", "CRITICAL", "FAIL: 1 proposal(s) at or above HIGH");
        assertThat(run("--url", baseUrl(), "--fail-on", "CRITICAL", file.toString())
                        .exitCode())
                .isOne();
    }

    @Test
    void failsOnAListedFrameworkVerdict() throws Exception {
        Path file = write(
                "strac.json",
                json("{'proposals':[{'institution':'University of Toronto','country':'CA',"
                        + "'technologyArea':'hypersonic propulsion','reference':'GATE-STRAC','frameworks':['CA_STRAC'],"
                        + "'researchers':[{'name':'Dr. Chen','role':'PI','affiliations':["
                        + "{'name':'Harbin Institute of Technology','country':'CN','from':'2020-09-01'}]}]},"
                        + "{'institution':'University of Cambridge','country':'GB','technologyArea':'river pollution"
                        + " monitoring','reference':'GATE-CLEAN','frameworks':['CA_STRAC']}]}"));

        Gate gate = run(
                "--url",
                baseUrl(),
                "--fail-on",
                "CRITICAL",
                "--fail-on-verdict",
                "CA_STRAC=NOT_FUNDABLE",
                file.toString());

        assertThat(gate.exitCode()).as(gate.output()).isOne();
        assertThat(gate.output())
                .contains(
                        "verdict CA_STRAC=NOT_FUNDABLE",
                        "FAIL: 1 proposal(s) with a verdict listed in --fail-on-verdict");
        Gate other = run(
                "--url",
                baseUrl(),
                "--fail-on",
                "CRITICAL",
                "--fail-on-verdict",
                "ca_strac=fundable_with_attestations",
                write(
                                "clean.json",
                                json("{'proposals':[{'institution':'University of Cambridge','country':'GB',"
                                        + "'technologyArea':'river pollution monitoring','frameworks':['CA_STRAC']}]}"))
                        .toString());
        assertThat(other.exitCode()).as(other.output()).isZero();
        Gate unjudged = run("--url", baseUrl(), "--fail-on-verdict", "UK_ATAS=CERTIFICATE_REQUIRED", file.toString());
        assertThat(unjudged.exitCode()).as(unjudged.output()).isEqualTo(2);
        assertThat(run("--url", baseUrl(), "--fail-on-verdict", "CA_STRAC", file.toString())
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void aLineBreakInAReferenceCannotForgeARow() throws Exception {
        Path file = write(
                "forged.json",
                json("{'proposals':[{'institution':'Harbin Institute of Technology','country':'CN',"
                        + "'technologyArea':'semiconductor lithography',"
                        + "'reference':'GATE-FORGE\\n7,201,LOW,0,0,1,forged,FORGED-ROW,'}]}"));

        Gate gate = run("--url", baseUrl(), "--fail-on", "HIGH", file.toString());

        assertThat(gate.exitCode()).isOne();
        assertThat(gate.output())
                .contains("1 proposal(s): 1 screened", "GATE-FORGE 7,201")
                .doesNotContainPattern("(?m)^7\\s");
    }

    @Test
    void exitsWithTwoOnUsageOrServerErrors() throws Exception {
        Path notABatch = write("wrong.json", "{\"items\":[]}");
        Path invalidItem = write(
                "invalid.json",
                json("{'proposals':[{'institution':'MIT','country':'XX','technologyArea':'robotics'}]}"));

        assertThat(run("--url", baseUrl()).exitCode()).isEqualTo(2);
        assertThat(run("--url", baseUrl(), "--fail-on", "SEVERE", notABatch.toString())
                        .exitCode())
                .isEqualTo(2);
        Gate serverError = run("--url", baseUrl(), notABatch.toString());
        assertThat(serverError.exitCode()).isEqualTo(2);
        assertThat(serverError.output()).contains("HTTP 400");
        Gate rejected = run("--url", baseUrl(), invalidItem.toString());
        assertThat(rejected.exitCode()).isEqualTo(2);
        assertThat(rejected.output()).contains("proposals[0].country");
        assertThat(run("--url", "http://localhost:1", invalidItem.toString()).exitCode())
                .isEqualTo(2);
        Gate unknownKey = runWithKey("cs_live_unknown", "--url", baseUrl(), invalidItem.toString());
        assertThat(unknownKey.exitCode()).isEqualTo(2);
        assertThat(unknownKey.output()).contains("HTTP 401");
    }

    private record Gate(int exitCode, String output) {}

    /** Runs the gate as a portal's pipeline would: with a SCREENER key of its own client. */
    private Gate run(String... arguments) throws IOException, InterruptedException {
        return runWithKey(api.createKey("gate-pipeline", "SCREENER"), arguments);
    }

    private Gate runWithKey(String key, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/collabscreen-gate"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("COLLABSCREEN_API_KEY", key);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Gate(process.exitValue(), output);
    }

    private String baseUrl() {
        return serverUrl();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }
}
