package org.collabscreen.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * Base of the end-to-end API tests: the application on a random port, over real HTTP, against real PostgreSQL.
 * {@link #api} calls it with the tests' ADMIN key; {@code api.withKey(…)} and {@code api.withoutKey()} call it as
 * someone else.
 */
@IntegrationTest
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private Environment environment;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, environment.getRequiredProperty("collabscreen.security.admin-api-key"));
    }

    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
