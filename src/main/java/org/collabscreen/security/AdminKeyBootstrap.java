package org.collabscreen.security;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * At start-up, makes sure the ADMIN key of {@code COLLABSCREEN_ADMIN_API_KEY} exists; without it, on a new
 * installation (no key has ever existed), generates one and prints it this once on the console, never to the log, so
 * that it can be used at once without landing in log files. Once keys have existed it never mints one again.
 */
@Component
class AdminKeyBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminKeyBootstrap.class);

    private final ApiKeyService keys;
    private final SecurityProperties properties;
    private final PrintStream console;

    @Autowired
    AdminKeyBootstrap(ApiKeyService keys, SecurityProperties properties) {
        this(keys, properties, System.out);
    }

    AdminKeyBootstrap(ApiKeyService keys, SecurityProperties properties, PrintStream console) {
        this.keys = keys;
        this.properties = properties;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (properties.adminApiKey() != null) {
                ensureConfiguredKey(new ApiKeySecret(properties.adminApiKey()));
            } else {
                ApiKeyService.FirstAdminKey first = keys.generateFirstAdminKey();
                first.generated().ifPresent(this::announce);
                if (first.onlyRevokedKeys()) {
                    log.warn("No API key is active and every existing key is revoked; none is generated. To recover, "
                            + "set COLLABSCREEN_ADMIN_API_KEY to a new value of at least 32 characters (e.g. from: "
                            + "openssl rand -base64 32) and restart: that ADMIN key is created. See docs/security.md.");
                }
            }
        } catch (DataAccessException | TransactionException e) {
            log.warn("Could not check the bootstrap ADMIN API key, the database is unavailable: {}", e.getMessage());
        }
    }

    private void ensureConfiguredKey(ApiKeySecret secret) {
        switch (keys.ensureAdminKey(secret)) {
            case CREATED -> log.info("Created the ADMIN API key given in COLLABSCREEN_ADMIN_API_KEY");
            case REVOKED ->
                log.warn("The ADMIN API key given in COLLABSCREEN_ADMIN_API_KEY was revoked and stays "
                        + "revoked; set a new value to create another");
            case EXISTS -> log.debug("The ADMIN API key given in COLLABSCREEN_ADMIN_API_KEY exists");
        }
    }

    /** On the console only: a log file or log shipper must never receive a secret. */
    private void announce(ApiKeySecret secret) {
        log.warn(
                "Generated the first ADMIN API key; it is printed once on the console (standard output), not in the log");
        console.println(
                "Generated ADMIN API key (shown only now): " + secret.value()
                        + "  Send it in header X-API-Key (Swagger UI: Authorize); set COLLABSCREEN_ADMIN_API_KEY to choose your own.");
        console.flush();
    }
}
