package org.collabscreen.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * At start-up, makes sure the ADMIN key of {@code COLLABSCREEN_ADMIN_API_KEY} exists; without it and without any
 * active key, generates one and logs it this once, so that a fresh installation can be used at once.
 */
@Component
class AdminKeyBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminKeyBootstrap.class);

    private final ApiKeyService keys;
    private final SecurityProperties properties;

    AdminKeyBootstrap(ApiKeyService keys, SecurityProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (properties.adminApiKey() != null) {
                ensureConfiguredKey(new ApiKeySecret(properties.adminApiKey()));
            } else {
                keys.generateAdminKeyIfNone().ifPresent(AdminKeyBootstrap::announce);
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

    private static void announce(ApiKeySecret secret) {
        log.warn(
                "Generated ADMIN API key (shown only now): {}  Send it in header X-API-Key (Swagger UI: Authorize); "
                        + "set COLLABSCREEN_ADMIN_API_KEY to choose your own.",
                secret.value());
    }
}
