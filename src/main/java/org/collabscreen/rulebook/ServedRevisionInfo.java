package org.collabscreen.rulebook;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Reports, in {@code /actuator/info}, the rulebook revision this instance screens with, so that an operator (or a
 * test) behind a load balancer can see that every instance serves the newest one.
 */
@Component
class ServedRevisionInfo implements InfoContributor {

    private final RulebookSnapshots snapshots;

    ServedRevisionInfo(RulebookSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void contribute(Info.Builder builder) {
        snapshots.servedRevision().ifPresent(revision -> builder.withDetail("rulebook", Map.of("revision", revision)));
    }
}
