package org.collabscreen.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * Listens on its own PostgreSQL connection, outside the pool, for {@link ApiKeyChanges} of any instance and makes the
 * {@link ApiKeyCache} forget the changed key. When the connection is lost it reconnects, and after each (re)connect
 * it clears the whole cache, since notifications sent meanwhile are lost; until then the cache's time-to-live bounds
 * how long a revoked key can still pass. A connection that fell silent is checked with a query now and then.
 */
@Component
class ApiKeyChangeListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "collabscreen-api-key-listener";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyChangeListener.class);
    private static final int POLL_MILLIS = 500;

    private final DataSource connections;
    private final ApiKeyCache cache;
    private final ApiKeyCacheProperties properties;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile String lastReceived;
    private Thread thread;

    ApiKeyChangeListener(DataSource dataSource, ApiKeyCache cache, ApiKeyCacheProperties properties) {
        this.connections = DataSourceBuilder.derivedFrom(dataSource)
                .type(SimpleDriverDataSource.class)
                .build();
        this.cache = cache;
        this.properties = properties;
    }

    /** Whether the listener holds a live connection with LISTEN in effect. */
    boolean listening() {
        return listening;
    }

    /** The payload (a key's hash) of the last change notification this instance was told of; null before the first. */
    String lastReceived() {
        return lastReceived;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "api-key-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2 * POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Connection connection = connect()) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn(
                            "API key change listener lost its connection; cached keys expire within {}, reconnecting: {}",
                            properties.ttl(),
                            e.getMessage());
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = connections.getConnection();
        connection.setClientInfo(clientInfo());
        return connection;
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ApiKeyChanges.CHANNEL);
        }
        cache.invalidateAll();
        listening = true;
        long silentSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    cache.invalidate(notification.getParameter());
                    lastReceived = notification.getParameter();
                }
                silentSince = System.nanoTime();
            } else if (System.nanoTime() - silentSince
                    > properties.livenessInterval().toNanos()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                silentSince = System.nanoTime();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Properties clientInfo() {
        Properties info = new Properties();
        info.setProperty("ApplicationName", APPLICATION_NAME);
        return info;
    }
}
