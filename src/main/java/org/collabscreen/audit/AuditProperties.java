package org.collabscreen.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param hmacKey          the chain's HMAC-SHA256 key, hex (at least 32 digits); kept outside the database. When
 *                         empty, the key is read from {@code keyFile}, which is generated once if it does not exist
 * @param previousHmacKeys keys that sealed older events, hex, so that those still verify after a key change
 * @param keyFile          where the generated key lives when {@code hmacKey} is empty (permissions 600)
 * @param sealInterval     how often the sealer looks for unsealed events
 * @param sealBatch        at most this many events sealed in one sealer transaction
 * @param sealerEnabled    whether this instance runs the sealer (one instance at a time seals, whichever runs it)
 */
@ConfigurationProperties("collabscreen.audit")
record AuditProperties(
        @DefaultValue("") String hmacKey,
        @DefaultValue List<String> previousHmacKeys,
        @DefaultValue("data/audit-hmac.key") Path keyFile,
        @DefaultValue("200ms") Duration sealInterval,
        @DefaultValue("5000") int sealBatch,
        @DefaultValue("true") boolean sealerEnabled) {}
