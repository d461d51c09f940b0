package org.collabscreen.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityPropertiesTests {

    @Test
    void defaultsAreNoAdminKeySixHundredRequestsAMinuteAndNoOrigins() {
        SecurityProperties defaults = bind(Map.of("collabscreen.security.admin-api-key", " "));

        assertThat(defaults.adminApiKey()).isNull();
        assertThat(defaults.rateLimit().requests()).isEqualTo(600);
        assertThat(defaults.rateLimit().period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.rateLimit().maxConcurrent()).isEqualTo(32);
        assertThat(defaults.unauthenticated().requests()).isEqualTo(60);
        assertThat(defaults.cors().allowedOrigins()).isEmpty();
        assertThat(defaults.rateLimit().scope()).isEqualTo(SecurityProperties.RateLimit.Scope.CLUSTER);
        assertThat(defaults.rateLimit().unsynchronisedRequests()).isEqualTo(6);
    }

    @Test
    void aClusterAllowanceIsSettledWithTheDatabaseEveryOnePercentUnlessSaidOtherwise() {
        assertThat(bind(Map.of("collabscreen.security.rate-limit.requests", "100000"))
                        .rateLimit()
                        .unsynchronisedRequests())
                .isEqualTo(1000);
        assertThat(bind(Map.of("collabscreen.security.rate-limit.requests", "50"))
                        .rateLimit()
                        .unsynchronisedRequests())
                .isEqualTo(1);
        assertThat(bind(Map.of("collabscreen.security.rate-limit.sync-every", "25"))
                        .rateLimit()
                        .unsynchronisedRequests())
                .isEqualTo(25);
    }

    @Test
    void tooShortAdminKeyIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> new SecurityProperties("weak-secret-value", null, null, null))
                .hasMessageContaining("at least 32 characters")
                .hasMessageNotContaining("weak-secret-value");
    }

    @Test
    void originsAreACommaSeparatedList() {
        SecurityProperties properties = bind(
                Map.of("collabscreen.security.cors.allowed-origins", "https://a.example.org,https://b.example.org"));

        assertThat(properties.cors().allowedOrigins())
                .isEqualTo(List.of("https://a.example.org", "https://b.example.org"));
    }

    private static SecurityProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("collabscreen.security", SecurityProperties.class);
    }
}
