package org.collabscreen.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.collabscreen.web.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook targets are judged by registration and resolution only: a stub resolver, and no traffic at all. */
class WebhookTargetsTests {

    /** Names a stub resolver answers; any other name does not resolve. */
    private static final Map<String, List<String>> DNS = Map.of(
            "hooks.example.net", List.of("93.184.216.34"),
            "rebinding.example.net", List.of("93.184.216.34", "10.0.0.7"),
            "metadata.example.net", List.of("169.254.169.254"),
            "six.example.net", List.of("2606:2800:220:1:248:1893:25c8:1946"));

    private final List<String> lookups = new ArrayList<>();
    private final HostResolver stub = host -> {
        lookups.add(host);
        List<String> answers = DNS.get(host);
        if (answers == null) {
            if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
                return List.of(InetAddress.getByName(host)); // a literal: parsed, never looked up
            }
            throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String answer : answers) {
            addresses.add(InetAddress.getByName(answer));
        }
        return addresses;
    };

    private final WebhookTargets defaults = new WebhookTargets(stub, false, false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1:9/hook",
                "https://127.1.2.3/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://10.1.2.3/hook",
                "https://172.16.0.1/hook",
                "https://192.168.1.1/hook",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://224.0.0.1/hook",
                "https://255.255.255.255/hook",
                "https://[::1]/hook",
                "https://[::]/hook",
                "https://[fe80::1]/hook",
                "https://[fd00:ec2::254]/latest/meta-data",
                "https://[fc00::1]/hook",
                "https://[ff02::1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://[64:ff9b::a9fe:a9fe]/hook",
                "https://[2002:a00:1::]/hook",
                "https://rebinding.example.net/hook",
                "https://metadata.example.net/hook"
            })
    void refusesNonPublicTargetsAtRegistrationNamingTheField(String url) {
        assertThatThrownBy(() -> defaults.checkRegistration(URI.create(url)))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("url");
    }

    @Test
    void acceptsPublicHttpsTargetsAndHostsThatDoNotResolveYet() {
        assertThatCode(() -> defaults.checkRegistration(URI.create("https://hooks.example.net/collabscreen")))
                .doesNotThrowAnyException();
        assertThatCode(() -> defaults.checkRegistration(URI.create("https://six.example.net/hook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> defaults.checkRegistration(URI.create("https://93.184.216.34/hook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> defaults.checkRegistration(URI.create("https://not-yet.example.net/hook")))
                .doesNotThrowAnyException();
    }

    @Test
    void requiresHttpsUnlessTheOperatorAllowsHttp() {
        assertThatThrownBy(() -> defaults.checkRegistration(URI.create("http://hooks.example.net/hook")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("https");
        assertThatCode(() -> new WebhookTargets(stub, true, false)
                        .checkRegistration(URI.create("http://hooks.example.net/hook")))
                .doesNotThrowAnyException();
    }

    @Test
    void allowsLoopbackOnlyWhenTheOperatorDoesAndNothingElseNonPublic() {
        WebhookTargets local = new WebhookTargets(stub, true, true);
        assertThatCode(() -> local.checkRegistration(URI.create("http://127.0.0.1:8080/hook")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> local.checkRegistration(URI.create("https://10.1.2.3/hook")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> local.checkRegistration(URI.create("https://169.254.169.254/")))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void atDeliveryRefusesAHostIfAnyOfItsAddressesIsNotPublicAndOtherwiseReturnsExactlyTheCheckedOnes()
            throws Exception {
        assertThatThrownBy(() -> defaults.resolveForDelivery("rebinding.example.net"))
                .isInstanceOf(WebhookTargets.RefusedTarget.class)
                .hasMessage("target address not allowed");
        assertThatThrownBy(() -> defaults.resolveForDelivery("169.254.169.254"))
                .isInstanceOf(WebhookTargets.RefusedTarget.class);
        assertThat(defaults.resolveForDelivery("hooks.example.net"))
                .containsExactly(InetAddress.getByName("93.184.216.34"));
        assertThat(lookups).contains("hooks.example.net");
    }
}
