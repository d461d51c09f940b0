package org.collabscreen.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts deliveries. Host names are resolved through {@link WebhookTargets}, which refuses the delivery unless every
 * address is allowed and hands the connection exactly those addresses: what was checked is what is connected to (TLS
 * still verifies the certificate against the host name). No redirects, retries, cookies or system proxies.
 */
class WebhookSender implements AutoCloseable {

    /** What an attempt gave: the receiver's status, or null when there was no response. */
    record Outcome(Integer statusCode, String error) {}

    private final CloseableHttpClient http;

    WebhookSender(WebhookTargets targets, WebhookProperties properties) {
        Timeout timeout = Timeout.of(properties.timeout());
        DnsResolver checkedResolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return targets.resolveForDelivery(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedResolver)
                        .setMaxConnTotal(properties.concurrency())
                        .setMaxConnPerRoute(properties.perReceiver())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(timeout)
                        .setResponseTimeout(timeout)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * Sends one signed delivery. Every failure without a response is reported the same way, so the delivery log cannot
     * tell a refused connection from a timeout or a TLS failure (which would make webhooks a port scanner).
     */
    Outcome send(URI url, String eventType, String deliveryId, long timestamp, String signature, String payload) {
        HttpPost post = new HttpPost(url);
        post.setHeader("User-Agent", "CollabScreen-Webhooks/1");
        post.setHeader("X-CollabScreen-Event", eventType);
        post.setHeader("X-CollabScreen-Delivery", deliveryId);
        post.setHeader(WebhookSigner.TIMESTAMP_HEADER, String.valueOf(timestamp));
        post.setHeader(WebhookSigner.SIGNATURE_HEADER, signature);
        post.setEntity(new StringEntity(payload, ContentType.APPLICATION_JSON));
        try {
            int status = http.execute(post, response -> response.getCode());
            return new Outcome(status, status / 100 == 2 ? null : "HTTP " + status);
        } catch (WebhookTargets.RefusedTarget refused) {
            return new Outcome(null, refused.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, "no response from the receiver");
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
