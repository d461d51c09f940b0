package org.collabscreen.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes announced to every instance on the database through PostgreSQL's {@code LISTEN/NOTIFY}. A module announces a
 * change inside the transaction that makes it ({@link #announce}): PostgreSQL delivers it when, and only if, that
 * transaction commits. Each instance listens on one connection of its own, outside the pool, and hands each
 * notification to the module that subscribed to its channel. When the connection is lost, notifications sent
 * meanwhile are lost too: the listener reconnects and then tells every subscriber to catch up by other means
 * ({@code onResubscribed}), which is the polling fallback. A connection that fell silent is checked now and then.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
public class ChangeNotifications implements SmartLifecycle {

    /** The listening connection's {@code application_name} in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "collabscreen-change-listener";

    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int POLL_MILLIS = 250;

    private record Subscription(String channel, Consumer<String> onChange, Runnable onResubscribed) {}

    private final DataSource connections;
    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ChangeNotifications(DataSource dataSource, JdbcClient jdbc, NotificationProperties properties) {
        this.connections = DataSourceBuilder.derivedFrom(dataSource)
                .type(SimpleDriverDataSource.class)
                .build();
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Calls {@code onChange} with each payload announced on {@code channel} by any instance, this one included, and
     * {@code onResubscribed} each time listening starts again after a lost connection (and once at the start).
     * Subscribe while the application starts, before it serves requests.
     */
    public void subscribe(String channel, Consumer<String> onChange, Runnable onResubscribed) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a plain channel name: " + channel);
        }
        subscriptions.add(new Subscription(channel, onChange, onResubscribed));
    }

    /** Announces {@code payload} on {@code channel} to every instance, once the current transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)")
                .param("channel", channel)
                .param("payload", payload)
                .query()
                .singleValue();
    }

    /** Whether this instance holds a live connection with every subscribed channel listened to. */
    public boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(4L * POLL_MILLIS);
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
                            "Change listener lost its connection; subscribers catch up by polling, reconnecting: {}",
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
        Properties info = new Properties();
        info.setProperty("ApplicationName", APPLICATION_NAME);
        connection.setClientInfo(info);
        return connection;
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
            for (String channel :
                    subscriptions.stream().map(Subscription::channel).distinct().toList()) {
                statement.execute("LISTEN " + channel);
            }
        }
        subscriptions.forEach(subscription -> safely(subscription.onResubscribed()));
        listening = true;
        long silentSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    deliver(notification);
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

    private void deliver(PGNotification notification) {
        for (Subscription subscription : subscriptions) {
            if (subscription.channel().equals(notification.getName())) {
                safely(() -> subscription.onChange().accept(notification.getParameter()));
            }
        }
    }

    /** A subscriber's failure must not end the listening of the others. */
    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("A change subscriber failed: {}", e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
