package org.collabscreen.web;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Security's per-filter observations cost CPU on every request and are switched off; HTTP ones stay. */
class ObservationSettingsIntegrationTests extends ApiTest {

    @Autowired
    private ObservationRegistry observations;

    @Test
    void springSecurityObservationsAreOffAndRequestObservationsOn() {
        assertThat(Observation.start("spring.security.filterchains", observations)
                        .isNoop())
                .isTrue();
        assertThat(Observation.start("http.server.requests", observations).isNoop())
                .isFalse();
    }
}
