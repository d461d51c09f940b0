package org.collabscreen.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender connects to the addresses its resolver checked, not to what a second lookup would say: a name that
 * resolves to loopback here reaches the local receiver only through the checked answer, and is refused when the
 * rules refuse it. Traffic goes to 127.0.0.1 only.
 */
class WebhookSenderTests {

    private static final String HOST = "receiver.collabscreen.test";

    private final AtomicReference<String> answer = new AtomicReference<>("127.0.0.1");
    private final HostResolver stub = host -> {
        if (!host.equals(HOST)) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(answer.get()));
    };

    @Test
    void connectsToTheCheckedAddressAndRefusesWhenTheAnswerIsNotAllowed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
                WebhookSender allowingLoopback = new WebhookSender(new WebhookTargets(stub, true, true), properties());
                WebhookSender defaults = new WebhookSender(new WebhookTargets(stub, true, false), properties())) {
            URI url = URI.create(receiver.url().replace("127.0.0.1", HOST));

            WebhookSender.Outcome sent =
                    allowingLoopback.send(url, "SCREENING_RISK_CHANGED", "d1", 1, "sha256=x", "{}");
            assertThat(sent.statusCode()).isEqualTo(204);
            assertThat(receiver.received()).hasSize(1);

            WebhookSender.Outcome refused = defaults.send(url, "SCREENING_RISK_CHANGED", "d2", 1, "sha256=x", "{}");
            assertThat(refused.statusCode()).isNull();
            assertThat(refused.error()).isEqualTo("target address not allowed");

            answer.set("10.0.0.7");
            WebhookSender.Outcome rebound = allowingLoopback.send(
                    URI.create("http://" + HOST + ":9/hook"), "SCREENING_RISK_CHANGED", "d3", 1, "sha256=x", "{}");
            assertThat(rebound.error()).isEqualTo("target address not allowed");
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void reportsEveryFailureWithoutAResponseTheSameWay() throws Exception {
        int closedPort;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            closedPort = URI.create(receiver.url()).getPort();
        }
        try (WebhookSender sender = new WebhookSender(new WebhookTargets(stub, true, true), properties())) {
            WebhookSender.Outcome refused = sender.send(
                    URI.create("http://127.0.0.1:" + closedPort + "/hook"),
                    "SCREENING_RISK_CHANGED",
                    "d",
                    1,
                    "s",
                    "{}");
            WebhookSender.Outcome unresolved = sender.send(
                    URI.create("http://unknown.collabscreen.test/hook"), "SCREENING_RISK_CHANGED", "d", 1, "s", "{}");
            assertThat(refused.error()).isEqualTo("no response from the receiver");
            assertThat(unresolved.error()).isEqualTo(refused.error());
        }
    }

    private static WebhookProperties properties() {
        return new WebhookProperties(
                true,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofSeconds(2),
                20,
                8,
                2,
                true,
                true);
    }
}
