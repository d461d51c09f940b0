package org.collabscreen.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of the end-to-end API tests: the application on a random port, called over real HTTP through Spring's
 * {@link RestTestClient} on the JDK's client, against real PostgreSQL. {@link #api} calls it with the tests' ADMIN key;
 * {@code api.withKey(…)} and {@code api.withoutKey()} call it as someone else.
 */
@IntegrationTest
public abstract class ApiTest {

    @Autowired
    private Environment environment;

    protected Api api;

    @BeforeEach
    void connect() {
        RestTestClient client = RestTestClient.bindToServer(Api.requestFactory())
                .baseUrl(serverUrl())
                .build();
        api = new Api(client).withKey(environment.getRequiredProperty("collabscreen.security.admin-api-key"));
    }

    /** The running server's base URL, for clients outside the JVM. */
    protected String serverUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
