package org.collabscreen.audit;

import org.springframework.context.ApplicationContext;

/** The audit sealer of a running application, for tests outside this package that need events left unsealed. */
public final class Sealer {

    private final AuditSealer sealer;

    public Sealer(ApplicationContext context) {
        this.sealer = context.getBean(AuditSealer.class);
    }

    /** Seals what is pending, then stops the scheduled rounds, as if the sealer were down. */
    public void pause() {
        sealer.sealNow();
        sealer.pause(true);
    }

    /** Restarts the scheduled rounds. */
    public void resume() {
        sealer.pause(false);
    }

    /** Seals everything committed so far. */
    public void sealNow() {
        sealer.sealNow();
    }
}
